package uk.msp.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The case data is not usable: names every problem with where it is. No advice is given for an invalid case.
 *
 * @since 0.1.0
 */
public final class InvalidCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * One problem in the case data.
     *
     * @param path where it is, e.g. {@code adult.dateOfBirth} (empty for the whole document)
     * @param line the line in the JSON or YAML source, or 0 where not known
     * @param column the column in the source, or 0 where not known
     * @param message what is wrong, never quoting free text from the case
     */
    public record Problem(String path, int line, int column, String message) {
        @Override
        public String toString() {
            String where = path.isEmpty() ? "(document)" : path;
            return line > 0 ? where + " (line " + line + ", column " + column + "): " + message : where + ": " + message;
        }
    }

    private final String source;
    private final transient List<Problem> problems;

    /**
     * @param source what was read (a file name, or "case"); never null
     * @param problems every problem found; never empty
     */
    public InvalidCaseException(String source, List<Problem> problems) {
        super(format(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String format(String source, List<Problem> problems) {
        return "Invalid case " + source + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "):\n" + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }

    /** What was read. */
    public String source() { return source; }

    /** Every problem found, in document order; never empty. */
    public List<Problem> problems() { return problems; }
}
