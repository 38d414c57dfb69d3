package uk.msp.model;

/** Meetings held about the case. */
public enum MeetingType implements Labelled {
    MULTI_AGENCY_RISK("Multi-agency risk meeting"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    MARM("Multi-agency risk management (complex cases)"),
    BEST_INTERESTS("Best-interests meeting"),
    CASE_CONFERENCE("Case conference"),
    OTHER("Other");

    private final String label;

    MeetingType(String label) { this.label = label; }

    @Override public String label() { return label; }
}
