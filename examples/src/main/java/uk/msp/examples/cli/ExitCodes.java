package uk.msp.examples.cli;

/** The tool's exit codes. */
final class ExitCodes {
    /** Done: advice printed, scenarios passed, rules good. */
    static final int OK = 0;
    /** Scenarios failed or coverage gaps. */
    static final int FAILED = 1;
    /** Bad input: invalid case, bad or missing arguments (no command prints the usage), broken local rules, bad
     *  policy file, an output file that exists. */
    static final int BAD_INPUT = 2;
    /** A rule failed while evaluating: no advice given. */
    static final int RULE_FAULT = 3;
    /** An internal error in the tool itself (a bug): the message asks for a report. */
    static final int INTERNAL_ERROR = 4;

    private ExitCodes() {}
}
