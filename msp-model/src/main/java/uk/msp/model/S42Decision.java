package uk.msp.model;

/** The s.42 decision on a concern. */
public enum S42Decision implements Labelled {
    S42_ENQUIRY("Proceed to a section 42 enquiry"),
    OTHER_ENQUIRY("Proceed to an other (non-statutory) enquiry"),
    NO_ENQUIRY("No enquiry: screened out");

    private final String label;

    S42Decision(String label) { this.label = label; }

    @Override public String label() { return label; }
}
