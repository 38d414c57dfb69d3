package uk.msp.rules;

/**
 * A rule failed while evaluating a case: it threw, fired without end, or took away what it may not (a finding, a part
 * of the case, the rest of the evaluation). Names the rule's code; never quotes case data: where a rule threw, the
 * cause keeps the type and stack trace of its error, cause by cause, but not the messages, which may quote case data.
 * No partial advice is returned: for safeguarding a silently dropped warning is the worst failure.
 *
 * @since 0.1.0
 */
public final class EvaluationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ruleCode;

    /**
     * @param ruleCode the code (or name, for a rule without a code) of the failing rule, or "unknown"
     * @param message what happened
     * @param cause the underlying error, if any
     */
    public EvaluationException(String ruleCode, String message, Throwable cause) {
        super(message, cause);
        this.ruleCode = ruleCode;
    }

    /** The code of the failing rule, or its name where it has no code, or "unknown". */
    public String ruleCode() { return ruleCode; }
}
