package uk.msp.model.advice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The advice for one case as of one date: every finding, sorted critical first then by code. Immutable; the same
 * case and date give an equal advice.
 *
 * @param caseId the case's id
 * @param asOf the evaluation date the rules reasoned with
 * @param ruleSetVersion the version of the rules that produced it (bundled version, plus a digest of local rules
 *     and settings where there are any); store it with the advice for audit
 * @param switchedOff the codes of bundled rules switched off locally, sorted
 * @param findings all findings, sorted by {@link Finding#ORDER}
 */
public record Advice(String caseId, LocalDate asOf, String ruleSetVersion, List<String> switchedOff,
                     List<Finding> findings) {

    public Advice {
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(ruleSetVersion, "ruleSetVersion must not be null");
        switchedOff = switchedOff.stream().sorted().toList();
        findings = findings.stream().sorted(Finding.ORDER).toList();
    }

    /** The findings that are not checklist items: what should stand out. Never null. */
    public List<Finding> alerts() {
        return findings.stream().filter(f -> !f.checklist()).toList();
    }

    /** The checklist items (steps of the MSP conversation not yet recorded), to show as one group. Never null. */
    public List<Finding> checklist() {
        return findings.stream().filter(Finding::checklist).toList();
    }

    /** The finding with the given code, if any. */
    public Optional<Finding> finding(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The codes of all findings, in advice order. */
    public List<String> codes() {
        return findings.stream().map(Finding::code).toList();
    }

    /** Whether any finding is a warning or critical (checklist items never count). */
    public boolean hasWarnings() {
        return alerts().stream().anyMatch(f -> f.severity() != Severity.PROMPT);
    }
}
