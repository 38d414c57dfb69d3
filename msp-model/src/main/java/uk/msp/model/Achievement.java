package uk.msp.model;

/** SAC SG4: were the expressed outcomes achieved? Verbatim labels. */
public enum Achievement implements Labelled {
    FULLY_ACHIEVED("Fully Achieved"),
    PARTIALLY_ACHIEVED("Partially Achieved"),
    NOT_ACHIEVED("Not Achieved");

    private final String label;

    Achievement(String label) { this.label = label; }

    @Override public String label() { return label; }
}
