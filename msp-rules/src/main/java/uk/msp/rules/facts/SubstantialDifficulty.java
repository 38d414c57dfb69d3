package uk.msp.rules.facts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import uk.msp.model.Difficulty;

/**
 * Derived: without an advocate the adult would have substantial difficulty being involved, in the given area
 * (Care Act 2014 s.67(4), applied to safeguarding by s.68(3)). Difficulty in any one of the four areas is enough;
 * it is not the same as lacking capacity. One fact per area recorded.
 *
 * @param area the area of difficulty; never null
 * @since 0.1.0
 */
public record SubstantialDifficulty(Difficulty area) {

    /**
     * The areas as readable text in statutory order, e.g. {@code "understanding relevant information; retaining
     * information"}, for a finding's wording.
     *
     * @param areas {@link Difficulty} values or {@code SubstantialDifficulty} facts; never null
     * @return the text; empty when there are none
     */
    public static String describe(Collection<?> areas) {
        Set<Difficulty> set = EnumSet.noneOf(Difficulty.class);
        for (Object o : areas) {
            if (o instanceof Difficulty d) set.add(d);
            else if (o instanceof SubstantialDifficulty s && s.area() != null) set.add(s.area());
        }
        return set.stream().map(SubstantialDifficulty::phrase).collect(Collectors.joining("; "));
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
