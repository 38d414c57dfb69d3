package uk.msp.model.advice;

/** The six safeguarding principles (Care and Support Statutory Guidance, ch. 14) with their "I" statements. */
public enum Principle {
    EMPOWERMENT("Empowerment",
            "I am asked what I want as the outcomes from the safeguarding process and these directly inform what happens."),
    PREVENTION("Prevention",
            "I receive clear and simple information about what abuse is, how to recognise the signs and what I can do to seek help."),
    PROPORTIONALITY("Proportionality",
            "I am sure that the professionals will work in my interest, as I see them and they will only get involved as much as needed."),
    PROTECTION("Protection",
            "I get help and support to report abuse and neglect. I get help so that I am able to take part in the safeguarding process to the extent to which I want."),
    PARTNERSHIP("Partnership",
            "I know that staff treat any personal and sensitive information in confidence, only sharing what is helpful and necessary. I am confident that professionals will work together and with me to get the best result for me."),
    ACCOUNTABILITY("Accountability",
            "I understand the role of everyone involved in my life and so do they.");

    private final String label;
    private final String iStatement;

    Principle(String label, String iStatement) {
        this.label = label;
        this.iStatement = iStatement;
    }

    /** The principle's name as the guidance writes it; never null. */
    public String label() { return label; }

    /** The principle's "I" statement, the adult's point of view; never null. */
    public String iStatement() { return iStatement; }
}
