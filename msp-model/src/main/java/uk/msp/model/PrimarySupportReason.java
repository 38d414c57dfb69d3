package uk.msp.model;

/** SAC primary support reason (SG1), verbatim labels. */
public enum PrimarySupportReason implements Labelled {
    PHYSICAL_SUPPORT("Physical Support"),
    SENSORY_SUPPORT("Sensory Support"),
    SUPPORT_WITH_MEMORY_AND_COGNITION("Support with Memory and Cognition"),
    LEARNING_DISABILITY_SUPPORT("Learning Disability Support"),
    MENTAL_HEALTH_SUPPORT("Mental Health Support"),
    SOCIAL_SUPPORT("Social Support"),
    NO_SUPPORT_REASON("No Support Reason"),
    NOT_KNOWN("Not Known");

    private final String label;

    PrimarySupportReason(String label) { this.label = label; }

    @Override public String label() { return label; }
}
