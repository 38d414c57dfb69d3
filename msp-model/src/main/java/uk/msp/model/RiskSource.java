package uk.msp.model;

/** SAC source of risk (SG2), verbatim labels. Service Provider means anyone paid, contracted or commissioned to provide social care. */
public enum RiskSource implements Labelled {
    SERVICE_PROVIDER("Service Provider"),
    OTHER_KNOWN_TO_INDIVIDUAL("Other - Known to individual"),
    OTHER_UNKNOWN_TO_INDIVIDUAL("Other - Unknown to individual");

    private final String label;

    RiskSource(String label) { this.label = label; }

    @Override public String label() { return label; }
}
