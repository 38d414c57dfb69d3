package uk.msp.rules;

import java.time.Duration;

/**
 * An evaluation ran past its deadline ({@link MspAdvisor.Builder#deadline(Duration)}) and was stopped. Names the
 * case id and, where one was running, the rule's code; never quotes case data. No partial advice is returned.
 *
 * @since 0.2.0
 */
public final class DeadlineExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String caseId;
    private final String ruleCode;
    private final transient Duration deadline;

    /**
     * @param caseId the id of the case being evaluated; never null
     * @param ruleCode the code of the rule that was running when the deadline passed, or null if none was
     * @param deadline the deadline that passed; never null
     */
    public DeadlineExceededException(String caseId, String ruleCode, Duration deadline) {
        super("case " + caseId + " was not evaluated within " + deadline.toMillis() + " ms ("
                + (ruleCode == null ? "no rule was firing" : "rule " + ruleCode + " was running") + "); no advice was given");
        this.caseId = caseId;
        this.ruleCode = ruleCode;
        this.deadline = deadline;
    }

    /** The id of the case whose evaluation was stopped; never null. */
    public String caseId() { return caseId; }

    /** The code (or name) of the rule running when the deadline passed, or null where no rule was firing. */
    public String ruleCode() { return ruleCode; }

    /** The deadline that passed; never null. */
    public Duration deadline() { return deadline; }
}
