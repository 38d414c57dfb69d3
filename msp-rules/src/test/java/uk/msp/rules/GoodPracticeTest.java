package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import uk.msp.model.advice.Advice;
import uk.msp.rules.testing.AdviceAssert;
import uk.msp.rules.testing.Scenario;
import uk.msp.rules.testing.Scenarios;

/**
 * Alert fatigue is a safety hazard: a complete, well-recorded case at each stage (concern, s.42 decision, enquiry,
 * plan, closure) gets no warnings from any rule set and at most a short checklist. If a new rule nags a case where
 * the worker did everything right, this fails.
 */
class GoodPracticeTest {
    static final Path GOOD = Path.of("src/test/resources/scenarios/vignettes-msp");
    static final int CHECKLIST_MAX = 2;

    @TestFactory
    Stream<DynamicTest> a_well_recorded_case_gets_no_warnings_at_any_stage() throws Exception {
        try (Stream<Path> files = Files.list(GOOD)) {
            return files.filter(p -> p.getFileName().toString().startsWith("vignette-01-")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), file.toUri(), () -> {
                        Scenario s = Scenarios.read(file);
                        Advice advice = TestAdvisors.bundled().evaluate(s.safeguardingCase(), s.asOf());
                        AdviceAssert.assertThat(advice).hasNoWarnings();
                        assertThat(advice.alerts()).as("no prompts outside the checklist either: %s", advice.codes()).isEmpty();
                        assertThat(advice.checklist()).as("short checklist").hasSizeLessThanOrEqualTo(CHECKLIST_MAX);
                    }));
        }
    }
}
