package uk.msp.rules.internal;

import java.time.LocalDate;
import java.util.List;

import uk.msp.model.advice.Citation;
import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/** One rule as the catalogue lists it; the front door shows it as a {@code RuleInfo}, field for field. */
public record RuleEntry(String code, Principle principle, Severity severity, String ruleSet, String status,
                        String since, LocalDate effectiveFrom, LocalDate effectiveTo, boolean checklist,
                        boolean local, boolean switchedOff, String summary, List<Citation> citations, String file) {}
