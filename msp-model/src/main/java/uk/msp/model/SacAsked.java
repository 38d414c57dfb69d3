package uk.msp.model;

/** SAC SG4: was the individual or their representative asked about their desired outcomes? Verbatim labels. */
public enum SacAsked implements Labelled {
    YES_OUTCOMES_EXPRESSED("Yes they were asked and outcomes were expressed"),
    YES_NO_OUTCOMES_EXPRESSED("Yes they were asked but no outcomes were expressed"),
    NO("No"),
    DONT_KNOW("Don't Know"),
    NOT_RECORDED("Not Recorded");

    private final String label;

    SacAsked(String label) { this.label = label; }

    @Override public String label() { return label; }
}
