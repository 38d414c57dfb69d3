package uk.msp.model;

/** One of the four functional abilities of MCA s.3(1), as assessed. */
public enum Ability implements Labelled {
    ABLE("Able"),
    UNABLE("Unable"),
    NOT_ASSESSED("Not assessed");

    private final String label;

    Ability(String label) { this.label = label; }

    @Override public String label() { return label; }
}
