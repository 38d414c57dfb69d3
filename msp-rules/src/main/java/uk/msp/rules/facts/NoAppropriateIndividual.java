package uk.msp.rules.facts;

import java.util.Collection;

/**
 * Derived: the adult has no valid appropriate individual to support their involvement: no one is recorded as the
 * appropriate individual, or everyone who is recorded is barred (see {@link NotAppropriateIndividual}). With
 * substantial difficulty in an s.42 enquiry or a Safeguarding Adults Review, the council must then arrange an
 * independent advocate (Care Act 2014 s.68).
 *
 * @since 0.1.0
 */
public record NoAppropriateIndividual() {

    /** What a finding says when no one at all is recorded as the appropriate individual. */
    public static final String NONE_RECORDED = "no one is recorded as the appropriate individual";

    /**
     * Why there is no appropriate individual, for a finding's wording: the barred people and their reasons, or
     * {@link #NONE_RECORDED}.
     *
     * @param barred the {@link NotAppropriateIndividual} facts for people recorded as the appropriate individual;
     *     never null
     * @return the text; never empty
     */
    public static String explain(Collection<?> barred) {
        String text = NotAppropriateIndividual.explain(barred);
        return text.isEmpty() ? NONE_RECORDED : text;
    }
}
