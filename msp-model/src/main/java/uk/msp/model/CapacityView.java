package uk.msp.model;

/** What the record says about the adult's capacity in general, outside any one assessment. */
public enum CapacityView implements Labelled {
    ASSUMED("Capacity assumed (presumption)"),
    HAS_CAPACITY("Has capacity (assessed)"),
    LACKS_CAPACITY("Lacks capacity");

    private final String label;

    CapacityView(String label) { this.label = label; }

    @Override public String label() { return label; }
}
