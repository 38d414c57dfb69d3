package uk.msp.model;

/** SAC SG3: did the adult lack capacity? Verbatim labels. */
public enum SacLackedCapacity implements Labelled {
    YES("Yes, they lacked capacity"),
    NO("No, they did not lack capacity"),
    DONT_KNOW("Don't know"),
    NOT_RECORDED("Not recorded");

    private final String label;

    SacLackedCapacity(String label) { this.label = label; }

    @Override public String label() { return label; }
}
