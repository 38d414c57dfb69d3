package uk.msp.model;

/** Risk level, lowest first. */
public enum RiskLevel implements Labelled {
    LOW("Low"),
    MEDIUM("Medium"),
    HIGH("High"),
    CRITICAL("Critical");

    private final String label;

    RiskLevel(String label) { this.label = label; }

    @Override public String label() { return label; }
}
