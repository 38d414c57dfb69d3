package uk.msp.model;

/** How far arranging an advocate has got. */
public enum AdvocateStatus implements Labelled {
    REFERRED("Referred"),
    ARRANGED("Arranged and involved");

    private final String label;

    AdvocateStatus(String label) { this.label = label; }

    @Override public String label() { return label; }
}
