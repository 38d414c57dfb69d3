package uk.msp.model.advice;

/** How urgently a finding needs the worker's attention; maps one-to-one onto CDS Hooks card indicators. */
public enum Severity {
    /** Something to consider; CDS Hooks {@code info}. */
    PROMPT("info"),
    /** Something is likely wrong or missing; CDS Hooks {@code warning}. */
    WARNING("warning"),
    /** Act now; CDS Hooks {@code critical}. */
    CRITICAL("critical");

    private final String cdsIndicator;

    Severity(String cdsIndicator) { this.cdsIndicator = cdsIndicator; }

    /** The CDS Hooks card indicator for this severity; never null. */
    public String cdsIndicator() { return cdsIndicator; }
}
