package uk.msp.model;

/** SAC SG2e risk outcome, verbatim labels. */
public enum SacRiskOutcome implements Labelled {
    RISK_REMAINED("Risk remained"),
    RISK_REDUCED("Risk reduced"),
    RISK_REMOVED("Risk removed");

    private final String label;

    SacRiskOutcome(String label) { this.label = label; }

    @Override public String label() { return label; }
}
