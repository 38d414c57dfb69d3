package uk.msp.rules.internal;

import java.util.List;
import java.util.Map;

/**
 * A finding raised by a rule in working memory, before wording and evidence paths are resolved. Internal.
 *
 * @param ruleName the rule's name
 * @param meta the rule's metadata, unquoted
 * @param evidence the facts that triggered it
 * @param params named values for the wording's placeholders
 */
public record Raised(String ruleName, Map<String, String> meta, List<Because> evidence, Map<String, Object> params) {

    /**
     * One piece of evidence: a field of a fact and its value.
     *
     * @param fact the fact (a part of the case), whose path is resolved after the rules have run
     * @param field the field name within the fact, or empty for the fact itself
     * @param value the value
     */
    public record Because(Object fact, String field, Object value) {}
}
