package uk.msp.model;

/** Why a concern was screened out (recorded at the s.42 decision). */
public enum ScreenOutReason implements Labelled {
    ADULT_HAS_CAPACITY("The adult has capacity"),
    ADULT_DECLINED("The adult declined"),
    NO_CARE_AND_SUPPORT_NEEDS("No care and support needs"),
    NOT_ABUSE_OR_NEGLECT("Not abuse or neglect"),
    DEALT_WITH_ELSEWHERE("Dealt with by another process"),
    OTHER("Other");

    private final String label;

    ScreenOutReason(String label) { this.label = label; }

    @Override public String label() { return label; }
}
