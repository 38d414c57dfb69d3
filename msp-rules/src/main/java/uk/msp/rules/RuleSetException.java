package uk.msp.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The rule set cannot be built: a compile error, a rule without complete metadata, a duplicate code, wording
 * without a rule. Names every problem with its file and line where known. The advisor never builds a partial rule
 * set.
 *
 * @since 0.1.0
 */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem in the rules.
     *
     * @param file the DRL or properties file, relative to the rules folder, or empty
     * @param line the line, or 0 where not known
     * @param message what is wrong, in plain words
     */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            if (file.isEmpty()) return message;
            return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /** @param problems every problem found; never empty */
    public RuleSetException(List<Problem> problems) {
        super("The rule set has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found; never empty. */
    public List<Problem> problems() { return problems; }
}
