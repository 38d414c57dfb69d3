package uk.msp.rules.facts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import uk.msp.model.Difficulty;

/**
 * Derived: without an advocate the adult would have substantial difficulty being involved (Care Act 2014 s.67(4),
 * applied to safeguarding by s.68(3)). Difficulty in any one of the four areas is enough; it is not the same as
 * lacking capacity, but an adult who lacks capacity to take part in the enquiry always has it. One fact per area
 * recorded, and one (with no area) where an assessment concludes the adult lacks capacity to take part.
 *
 * @param area the area of difficulty the worker recorded; null where the fact comes from {@code assessment}
 * @param assessment the assessment concluding the adult lacks capacity to take part in the enquiry; null where the
 *                   fact comes from a recorded area
 * @since 0.1.0
 */
public record SubstantialDifficulty(Difficulty area, uk.msp.model.CapacityAssessment assessment) {

    /**
     * The areas as readable text in statutory order, e.g. {@code "understanding relevant information; retaining
     * information"}, for a finding's wording.
     *
     * @param areas {@link Difficulty} values or {@code SubstantialDifficulty} facts; never null. A fact that comes from
 *              an assessment adds "lacking capacity to take part in the enquiry" after the areas
     * @return the text; empty when there are none
     */
    public static String describe(Collection<?> areas) {
        Set<Difficulty> set = EnumSet.noneOf(Difficulty.class);
        boolean lacksCapacity = false;
        for (Object o : areas) {
            if (o instanceof Difficulty d) set.add(d);
            else if (o instanceof SubstantialDifficulty s && s.area() != null) set.add(s.area());
            else if (o instanceof SubstantialDifficulty s && s.assessment() != null) lacksCapacity = true;
        }
        String text = set.stream().map(SubstantialDifficulty::phrase).collect(Collectors.joining("; "));
        if (!lacksCapacity) return text;
        String capacity = "lacking capacity to take part in the enquiry";
        return text.isEmpty() ? capacity : text + "; " + capacity;
    }

    private static String phrase(Difficulty d) {
        return switch (d) {
            case UNDERSTANDING -> "understanding relevant information";
            case RETAINING -> "retaining information";
            case USING_OR_WEIGHING -> "using or weighing information as part of being involved";
            case COMMUNICATING -> "communicating their views, wishes or feelings";
        };
    }
}
