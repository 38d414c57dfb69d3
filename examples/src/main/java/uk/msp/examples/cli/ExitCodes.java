package uk.msp.examples.cli;

/** The tool's exit codes. */
final class ExitCodes {
    /** Done: advice printed, scenarios passed, rules good. */
    static final int OK = 0;
    /** Scenarios failed or coverage gaps. */
    static final int FAILED = 1;
    /** Bad input: invalid case, bad arguments, broken local rules, bad policy file. */
    static final int BAD_INPUT = 2;
    /** A rule failed while evaluating: no advice given. */
    static final int RULE_FAULT = 3;

    private ExitCodes() {}
}
