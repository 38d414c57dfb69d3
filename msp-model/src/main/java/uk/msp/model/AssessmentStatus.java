package uk.msp.model;

/** Whether a capacity assessment took place. */
public enum AssessmentStatus implements Labelled {
    COMPLETED("Completed"),
    PLANNED("Planned, not yet done"),
    NOT_DONE_REFUSED("Not done: the adult refused (seen by the assessor)"),
    NOT_DONE_REFUSAL_REPORTED_BY_OTHERS("Not done: someone else said the adult refused");

    private final String label;

    AssessmentStatus(String label) { this.label = label; }

    @Override public String label() { return label; }
}
