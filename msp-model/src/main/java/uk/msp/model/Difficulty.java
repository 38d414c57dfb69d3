package uk.msp.model;

/** The four areas of substantial difficulty in being involved (Care Act s.67(4)). */
public enum Difficulty implements Labelled {
    UNDERSTANDING("Understanding relevant information"),
    RETAINING("Retaining that information"),
    USING_OR_WEIGHING("Using or weighing that information"),
    COMMUNICATING("Communicating views, wishes or feelings");

    private final String label;

    Difficulty(String label) { this.label = label; }

    @Override public String label() { return label; }
}
