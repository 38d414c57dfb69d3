package uk.msp.model.advice;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One piece of advice: a prompt, warning or critical alert with its reason, basis and evidence. Immutable.
 *
 * @param code the stable rule code, e.g. {@code MCA-03}; hosts store, count and suppress by it
 * @param severity how urgent it is
 * @param principle the safeguarding principle it serves
 * @param ruleSet the rule set it comes from, e.g. {@code mca}
 * @param summary one sentence, at most 140 characters
 * @param detail what to do and why, in Markdown
 * @param citations the legal or guidance basis
 * @param evidence the case facts that triggered it, sorted by path
 * @param suggestedActions actions the worker might take
 * @param overrideReasons reasons a worker may give for not following it (MSP override reasons)
 * @param checklist whether it is a checklist item: fires only because a step of the MSP conversation is not yet
 *     recorded; hosts show these together as one checklist so that real warnings stand out
 */
public record Finding(String code, Severity severity, Principle principle, String ruleSet, String summary,
                      String detail, List<Citation> citations, List<Evidence> evidence,
                      List<String> suggestedActions, List<String> overrideReasons, boolean checklist) {

    /** Critical first, then warnings, then prompts; then by code; then by evidence. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::code)
            .thenComparing(f -> f.evidence().toString());

    public Finding {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(principle, "principle must not be null");
        Objects.requireNonNull(ruleSet, "ruleSet must not be null");
        Objects.requireNonNull(summary, "summary must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        citations = List.copyOf(citations);
        evidence = evidence.stream().sorted().toList();
        suggestedActions = List.copyOf(suggestedActions);
        overrideReasons = List.copyOf(overrideReasons);
    }
}
