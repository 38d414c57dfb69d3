package uk.msp.rules.testing;

import java.util.List;

import uk.msp.model.advice.Advice;

/**
 * What running one scenario gave.
 *
 * @param scenario the scenario
 * @param advice the advice, or null where evaluation failed
 * @param failures what did not match, in words; empty when the scenario passed
 * @since 0.1.0
 */
public record ScenarioResult(Scenario scenario, Advice advice, List<String> failures) {
    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    /** Whether the advice matched every expectation. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
