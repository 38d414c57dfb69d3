package uk.msp.rules.drl;

import java.util.List;
import java.util.Map;

/**
 * A finding a rule raised, as {@link Raise} inserts it into working memory. After the rules have run the advisor
 * turns each into a {@code Finding}: wording and citations by the rule's code, evidence as paths into the case.
 *
 * <p>Rules may match it (say, {@code exists Raised( ruleName == "MCA-03 incapacity resting on an unwise decision" )})
 * but never insert, delete or change one themselves: raise findings only with {@link Raise}. An evaluation in which
 * a rule deletes a finding, or inserts one that is not its own, fails naming the rule.
 *
 * @param ruleName the name of the rule that raised it
 * @param meta the rule's metadata exactly as the engine reports it (on some build paths string values keep their
 *     surrounding quotes); the advisor reads the code from it
 * @param evidence the facts, fields and values that made the rule fire, in the order given
 * @param params named values the wording may show as {@code {name}}, in the order given
 * @since 0.1.0
 */
public record Raised(String ruleName, Map<String, ?> meta, List<Because> evidence, Map<String, Object> params) {

    /**
     * One piece of evidence: a field of a fact and its value.
     *
     * @param fact the fact (a part of the case, or a derived fact), whose path is resolved after the rules have run
     * @param field the field name within the fact, or empty for the fact itself
     * @param value the value, shown to the worker; may be null (shown as not recorded)
     * @since 0.1.0
     */
    public record Because(Object fact, String field, Object value) {}
}
