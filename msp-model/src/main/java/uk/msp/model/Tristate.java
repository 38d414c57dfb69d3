package uk.msp.model;

/** A recorded judgement: met, not met, or not known yet. */
public enum Tristate implements Labelled {
    MET("Met"),
    NOT_MET("Not met"),
    UNKNOWN("Unknown");

    private final String label;

    Tristate(String label) { this.label = label; }

    @Override public String label() { return label; }
}
