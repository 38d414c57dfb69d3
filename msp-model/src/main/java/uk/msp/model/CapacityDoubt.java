package uk.msp.model;

/** A recorded reason to doubt capacity for a decision. */
public enum CapacityDoubt implements Labelled {
    COGNITIVE_IMPAIRMENT("Cognitive impairment"),
    WORDS_CONTRADICT_ACTIONS("What the adult says contradicts what they do"),
    SUBSTANCE_MISUSE("Substance misuse"),
    MENTAL_HEALTH_CRISIS("Mental health crisis"),
    BRAIN_INJURY("Acquired brain injury"),
    DELIRIUM("Delirium or acute illness"),
    OTHER("Other");

    private final String label;

    CapacityDoubt(String label) { this.label = label; }

    @Override public String label() { return label; }
}
