package uk.msp.rules.testing;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Severity;

/**
 * What running one scenario gave.
 *
 * @param source the scenario file; never null
 * @param scenario the scenario, or null where the file could not be read (the failures say why)
 * @param advice the advice on the case, or null where reading or evaluation failed
 * @param clearedAdvice the advice on the {@code clearedBy} case, or null where the scenario has none or evaluation
 *     failed
 * @param failures what did not match, in words; empty when the scenario passed
 * @since 0.1.0
 */
public record ScenarioResult(URI source, Scenario scenario, Advice advice, Advice clearedAdvice, List<String> failures) {
    public ScenarioResult {
        Objects.requireNonNull(source, "source must not be null");
        failures = List.copyOf(failures);
    }

    /** The result of a scenario without {@code clearedBy}. */
    public ScenarioResult(Scenario scenario, Advice advice, List<String> failures) {
        this(scenario.source(), scenario, advice, null, failures);
    }

    /** Whether the file was read and the advice matched every expectation. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * The codes this scenario shows cleared: those it expects {@code clearedBy} to clear (its {@code clears}, or else
     * every WARNING or CRITICAL code among its {@code fires}) that fired on the case and are silent on the
     * {@code clearedBy} case. Empty when the scenario has no {@code clearedBy} or an evaluation failed.
     *
     * @return a sorted set of codes; never null
     */
    public Set<String> cleared() {
        Set<String> out = new TreeSet<>();
        if (scenario == null || advice == null || clearedAdvice == null) return out;
        for (String code : toClear(scenario, advice)) {
            if (advice.finding(code).isPresent() && clearedAdvice.finding(code).isEmpty()) out.add(code);
        }
        return out;
    }

    /** The codes a scenario's {@code clearedBy} must clear, given the advice on its case. */
    static Set<String> toClear(Scenario s, Advice advice) {
        if (s.clears() != null) return new TreeSet<>(s.clears());
        Set<String> out = new TreeSet<>();
        for (String code : s.fires()) advice.finding(code).filter(ScenarioResult::isAlert).ifPresent(f -> out.add(code));
        return out;
    }

    /** Whether a finding is a WARNING or CRITICAL: the findings a {@code clearedBy} case is judged on. */
    static boolean isAlert(Finding f) {
        return f.severity() == Severity.WARNING || f.severity() == Severity.CRITICAL;
    }
}
