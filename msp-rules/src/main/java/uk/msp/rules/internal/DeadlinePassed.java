package uk.msp.rules.internal;

import java.time.Duration;

/**
 * An evaluation ran past its deadline; the front door turns this into a {@code DeadlineExceededException} naming the
 * same case, rule and deadline.
 */
public final class DeadlinePassed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final String ruleCode;
    private final transient Duration deadline;

    DeadlinePassed(String caseId, String ruleCode, Duration deadline) {
        super(null, null, false, false);
        this.caseId = caseId;
        this.ruleCode = ruleCode;
        this.deadline = deadline;
    }

    /** The case's id. */
    public String caseId() { return caseId; }

    /** The rule that was running (its code, or its name where it has none), or null where none had fired. */
    public String ruleCode() { return ruleCode; }

    /** The deadline that passed. */
    public Duration deadline() { return deadline; }
}
