package uk.msp.model;

/** What a capacity conclusion is recorded as resting on. */
public enum CapacityReason implements Labelled {
    FUNCTIONAL_INABILITY("Unable to understand, retain, use or weigh, or communicate"),
    UNWISE_DECISION("The decision seems unwise"),
    DIAGNOSIS("A diagnosis or condition"),
    AGE("Age"),
    APPEARANCE("Appearance"),
    BEHAVIOUR("Behaviour"),
    OTHER("Other");

    private final String label;

    CapacityReason(String label) { this.label = label; }

    @Override public String label() { return label; }
}
