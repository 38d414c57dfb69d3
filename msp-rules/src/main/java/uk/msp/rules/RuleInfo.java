package uk.msp.rules;

import java.time.LocalDate;
import java.util.List;

import uk.msp.model.advice.Citation;
import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/**
 * One rule of the rule set, as the catalogue lists it.
 *
 * @param code the stable code
 * @param principle the principle it serves
 * @param severity its severity
 * @param ruleSet the rule set (area) it belongs to, e.g. {@code mca}, or {@code local}
 * @param status {@code active}, {@code draft} or {@code retired}
 * @param since the version that introduced it
 * @param effectiveFrom the first date it applies, or null
 * @param effectiveTo the last date it applies, or null
 * @param checklist whether it is a checklist rule (a step of the MSP conversation not yet recorded)
 * @param local whether it comes from a local rules folder
 * @param switchedOff whether it is switched off in this advisor
 * @param summary its summary wording
 * @param citations its legal or guidance basis
 * @param file the DRL file it is in
 * @since 0.1.0
 */
public record RuleInfo(String code, Principle principle, Severity severity, String ruleSet, String status,
                       String since, LocalDate effectiveFrom, LocalDate effectiveTo, boolean checklist,
                       boolean local, boolean switchedOff, String summary, List<Citation> citations, String file) {
    public RuleInfo {
        citations = List.copyOf(citations);
    }
}
