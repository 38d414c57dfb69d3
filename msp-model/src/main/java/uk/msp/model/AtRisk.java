package uk.msp.model;

/** Others who may be at risk from the same source. */
public enum AtRisk implements Labelled {
    OTHER_RESIDENTS("Other residents or people using the service"),
    CHILDREN("Children"),
    OTHER_ADULTS("Other adults"),
    STAFF("Staff"),
    PUBLIC("The public");

    private final String label;

    AtRisk(String label) { this.label = label; }

    @Override public String label() { return label; }
}
