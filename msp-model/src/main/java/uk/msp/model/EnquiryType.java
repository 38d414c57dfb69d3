package uk.msp.model;

/** The kind of enquiry (SAC): a statutory s.42 enquiry, an other (discretionary) enquiry, or none. */
public enum EnquiryType implements Labelled {
    S42("Section 42 enquiry"),
    OTHER("Other safeguarding enquiry"),
    NONE("No enquiry");

    private final String label;

    EnquiryType(String label) { this.label = label; }

    @Override public String label() { return label; }
}
