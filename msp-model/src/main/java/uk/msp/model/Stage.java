package uk.msp.model;

/** Where the case is in the safeguarding process, in order. */
public enum Stage implements Labelled {
    RECORD_ONLY("Record only: no safeguarding concern raised yet"),
    CONCERN("Concern raised"),
    S42_DECISION("Section 42 decision made"),
    ENQUIRY("Enquiry under way"),
    PLAN("Safeguarding plan"),
    CLOSED("Closed");

    private final String label;

    Stage(String label) { this.label = label; }

    @Override public String label() { return label; }
}
