package uk.msp.model;

/** Whether the ability to carry out the decision (executive function) was checked. */
public enum ExecutiveFunction implements Labelled {
    CHECKED("Checked"),
    NOT_CHECKED("Not checked");

    private final String label;

    ExecutiveFunction(String label) { this.label = label; }

    @Override public String label() { return label; }
}
