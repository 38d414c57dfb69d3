package uk.msp.model.advice;

import java.util.Objects;

/**
 * The legal or guidance basis of a finding.
 *
 * @param kind whether the basis is statute, regulations, case law, statutory guidance, good practice or a council's
 *             local policy; never null
 * @param text the citation, e.g. "Mental Capacity Act 2005 s.1(4)"; never null
 */
public record Citation(Kind kind, String text) {
    /** What kind of authority a citation is: a reader must be able to tell a duty from good practice. */
    public enum Kind {
        STATUTE, REGULATIONS, CASE_LAW, STATUTORY_GUIDANCE, GOOD_PRACTICE,
        /** A council's own policy or procedure, as cited by its local rules. @since 0.1.0 */
        LOCAL_POLICY
    }

    public Citation {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    /**
     * The text as a reader sees it: good practice and local policy say that they are not statute, once (not again
     * where the text already says "good practice" or "local policy").
     */
    @Override
    public String toString() {
        String said = text.toLowerCase(java.util.Locale.ROOT);
        return switch (kind) {
            case GOOD_PRACTICE -> said.contains("good practice") ? text : text + " (good practice, not statute)";
            case LOCAL_POLICY -> said.contains("local policy") ? text : text + " (local policy, not statute)";
            default -> text;
        };
    }
}
