package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.msp.rules.testing.ScenarioResult;
import uk.msp.rules.testing.Scenarios;

/** Runs every bundled policy scenario, and fails the build on a rule no scenario shows firing and silent. */
class ScenarioSuiteTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicTest> policy_scenarios() {
        return Scenarios.dynamicTests(SCENARIOS, MspAdvisor::builder);
    }

    @Test
    void every_rule_is_shown_firing_and_silent_by_some_scenario() {
        List<ScenarioResult> results = Scenarios.run(Scenarios.load(SCENARIOS), MspAdvisor::builder);
        Map<String, Set<String>> coverage = Scenarios.coverage(results, TestAdvisors.bundled().rules());
        assertThat(coverage.get("neverFired")).as("rules that fire in no scenario expecting them").isEmpty();
        assertThat(coverage.get("neverShownSilent")).as("rules no scenario lists under doesNotFire").isEmpty();
    }
}
