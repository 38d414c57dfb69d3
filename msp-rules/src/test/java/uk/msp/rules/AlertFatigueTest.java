package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Principle;
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
        // GIVEN Mr Patel's case, recorded as good practice throughout (examples/cases)
        Advice advice = TestAdvisors.bundled().evaluate(CaseJson.read(ExampleCases.of("mr-patel-good-practice.json")),
                LocalDate.of(2026, 3, 2));
        // THEN there is nothing to say: no warning, no prompt, no checklist step
        assertThat(advice.findings()).extracting(Finding::code).isEmpty();
        assertThat(advice.hasWarnings()).isFalse();
    }

    @Test
    void checklist_items_are_grouped_apart_and_never_count_as_warnings() {
        // GIVEN five findings by hand: a critical, a warning, a prompt and two checklist prompts
        Finding critical = finding("ZZZ-01", Severity.CRITICAL, false);
        Finding warning = finding("BBB-01", Severity.WARNING, false);
        Finding prompt = finding("CCC-01", Severity.PROMPT, false);
        Finding stepA = finding("AAA-01", Severity.PROMPT, true);
        Finding stepD = finding("DDD-01", Severity.PROMPT, true);
        // WHEN they make up an advice (in any order)
        Advice advice = advice(stepD, prompt, stepA, warning, critical);
        // THEN the alerts are the critical, the warning and the prompt (critical first, then by code), the checklist
        // the two steps by code, and there are warnings
        assertThat(advice.alerts()).extracting(Finding::code).containsExactly("ZZZ-01", "BBB-01", "CCC-01");
        assertThat(advice.checklist()).extracting(Finding::code).containsExactly("AAA-01", "DDD-01");
        assertThat(advice.hasWarnings()).isTrue();

        // AND an advice of prompts and checklist steps only has no warnings, however many steps are missing
        Advice quiet = advice(stepA, stepD, prompt);
        assertThat(quiet.alerts()).extracting(Finding::code).containsExactly("CCC-01");
        assertThat(quiet.checklist()).extracting(Finding::code).containsExactly("AAA-01", "DDD-01");
        assertThat(quiet.hasWarnings()).isFalse();
        assertThat(advice(stepA).alerts()).isEmpty();
        assertThat(advice(stepA).hasWarnings()).isFalse();
    }

    static Finding finding(String code, Severity severity, boolean checklist) {
        return new Finding(code, severity, Principle.EMPOWERMENT, "test", code + " summary", code + " detail", List.of(),
                List.of(), List.of(), List.of(), checklist);
    }

    static Advice advice(Finding... findings) {
        return new Advice("C-1", LocalDate.of(2026, 3, 2), "0.1.0", List.of(), List.of(findings));
    }
}
