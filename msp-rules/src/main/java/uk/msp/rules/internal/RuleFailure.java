package uk.msp.rules.internal;

/**
 * A rule failed while evaluating a case; the front door turns this into an {@code EvaluationException} with the same
 * rule code, message and cause.
 */
public final class RuleFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String ruleCode;

    RuleFailure(String ruleCode, String message, Throwable cause) {
        super(message, cause, false, false);
        this.ruleCode = ruleCode;
    }

    /** The code of the failing rule, or its name where it has no code, or "unknown". */
    public String ruleCode() { return ruleCode; }
}
