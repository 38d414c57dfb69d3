package uk.msp.model;

/** What a capacity conclusion rests on. */
public enum ConclusionBasis implements Labelled {
    OWN_ACCOUNT("The adult's own account"),
    OBSERVATION("Observation of what the adult does"),
    BOTH("Both the adult's account and observation");

    private final String label;

    ConclusionBasis(String label) { this.label = label; }

    @Override public String label() { return label; }
}
