package uk.msp.model;

/** Where an action has got to. */
public enum ActionStatus implements Labelled {
    PROPOSED("Proposed"),
    AGREED("Agreed"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    DECLINED("Declined by the adult"),
    CANCELLED("Cancelled");

    private final String label;

    ActionStatus(String label) { this.label = label; }

    @Override public String label() { return label; }
}
