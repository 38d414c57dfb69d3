package uk.msp.model;

/** The statute an advocate acts under. */
public enum AdvocateBasis implements Labelled {
    CARE_ACT("Care Act 2014 independent advocate"),
    IMCA("Independent Mental Capacity Advocate"),
    BOTH("Both Care Act advocate and IMCA");

    private final String label;

    AdvocateBasis(String label) { this.label = label; }

    @Override public String label() { return label; }
}
