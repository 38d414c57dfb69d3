package uk.msp.model.advice;

import java.util.Objects;

/**
 * The legal or guidance basis of a finding.
 *
 * @param kind whether the basis is statute, case law, statutory guidance or good practice; never null
 * @param text the citation, e.g. "Mental Capacity Act 2005 s.1(4)"; never null
 */
public record Citation(Kind kind, String text) {
    /** What kind of authority a citation is: a reader must be able to tell a duty from good practice. */
    public enum Kind { STATUTE, REGULATIONS, CASE_LAW, STATUTORY_GUIDANCE, GOOD_PRACTICE }

    public Citation {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
    }

    @Override
    public String toString() {
        boolean said = text.toLowerCase(java.util.Locale.ROOT).contains("good practice");
        return kind == Kind.GOOD_PRACTICE && !said ? text + " (good practice, not statute)" : text;
    }
}
