package uk.msp.model;

/** Who makes the enquiry: the council itself, or a body it caused to make it (Care Act s.42(2)). */
public enum EnquiryMaker implements Labelled {
    COUNCIL("The council"),
    PROVIDER("A care provider, caused by the council"),
    NHS("An NHS body, caused by the council"),
    POLICE("The police, caused by the council"),
    OTHER_BODY("Another body, caused by the council");

    private final String label;

    EnquiryMaker(String label) { this.label = label; }

    @Override public String label() { return label; }
}
