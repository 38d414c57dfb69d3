package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Severity;

/**
 * Alert fatigue is a safety hazard: checklist items (MSP conversation steps not yet recorded) are grouped apart from
 * the alerts, are never more than prompts, and a case where the worker did everything right gets no warning.
 */
class AlertFatigueTest {

    @Test
    void a_checklist_rule_is_never_more_than_a_prompt() {
        // A warning marked as a checklist item would be grouped out of sight with the conversation steps.
        assertThat(TestAdvisors.bundled().rules()).filteredOn(RuleInfo::checklist).isNotEmpty()
                .allSatisfy(r -> assertThat(r.severity()).as(r.code()).isEqualTo(Severity.PROMPT));
    }

    @Test
    void a_case_where_the_worker_did_everything_right_gets_no_warning() {
        Advice advice = TestAdvisors.bundled().evaluate(CaseJson.read(Path.of("src/test/resources/cases/mr-patel-good-practice.json")),
                LocalDate.of(2026, 3, 2));
        assertThat(advice.hasWarnings()).as("warnings: %s", advice.alerts().stream().map(Finding::code).toList()).isFalse();
    }

    @Test
    void alerts_and_checklist_split_the_findings_between_them() {
        for (CaseArbitraries.Generated g : CaseArbitraries.sample(300, 11L)) {
            Advice advice = TestAdvisors.bundled().evaluate(g.safeguardingCase(), g.asOf());
            assertThat(advice.alerts()).noneMatch(Finding::checklist);
            assertThat(advice.checklist()).allMatch(Finding::checklist);
            assertThat(advice.alerts().size() + advice.checklist().size()).isEqualTo(advice.findings().size());
            assertThat(advice.hasWarnings()).isEqualTo(advice.alerts().stream().anyMatch(f -> f.severity() != Severity.PROMPT));
        }
    }
}
