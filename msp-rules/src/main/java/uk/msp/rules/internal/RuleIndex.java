package uk.msp.rules.internal;

import java.util.Map;
import java.util.Set;

/**
 * The rules of a rule base by name and by code, as {@link MetadataCheck} read and checked them.
 *
 * @param byName every rule (classification rules too) by package + "/" + name
 * @param byCode every rule that raises findings, by code
 * @param fileOfCode the DRL file and line of each code's rule, e.g. {@code uk/msp/rules/mca/mca.drl:12}
 * @param localCodes the codes of rules from a local rules folder
 */
record RuleIndex(Map<String, RuleMeta> byName, Map<String, RuleMeta> byCode, Map<String, String> fileOfCode,
                 Set<String> localCodes) {}
