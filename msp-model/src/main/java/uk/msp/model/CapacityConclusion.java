package uk.msp.model;

/** The conclusion of a capacity assessment. */
public enum CapacityConclusion implements Labelled {
    HAS_CAPACITY("Has capacity for this decision"),
    LACKS_CAPACITY("Lacks capacity for this decision"),
    UNDETERMINED("No conclusion reached");

    private final String label;

    CapacityConclusion(String label) { this.label = label; }

    @Override public String label() { return label; }
}
