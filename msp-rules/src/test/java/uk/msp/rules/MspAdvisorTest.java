package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.Ability;
import uk.msp.model.Adult;
import uk.msp.model.AssessmentStatus;
import uk.msp.model.CapacityAssessment;
import uk.msp.model.CapacityConclusion;
import uk.msp.model.CapacityReason;
import uk.msp.model.DecisionTopic;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.Stage;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Severity;
import uk.msp.rules.testing.AdviceAssert;

class MspAdvisorTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    static SafeguardingCase unwiseDecisionCase(Ability retain) {
        List<CapacityReason> reasons = retain == Ability.UNABLE
                ? List.of(CapacityReason.FUNCTIONAL_INABILITY, CapacityReason.UNWISE_DECISION)
                : List.of(CapacityReason.UNWISE_DECISION);
        CapacityAssessment a = new CapacityAssessment("CA-1", "where to live", LocalDate.of(2026, 2, 26), "social worker",
                AssessmentStatus.COMPLETED, null, Ability.ABLE, retain, Ability.ABLE, Ability.ABLE, "dementia", true,
                List.of(), reasons, CapacityConclusion.LACKS_CAPACITY, null, null, DecisionTopic.RESIDENCE);
        return SafeguardingCase.builder("C-1", Stage.ENQUIRY, Adult.withId("A-1")).capacityAssessments(List.of(a)).build();
    }

    @Test
    void warns_when_capacity_is_judged_on_an_unwise_decision_alone() {
        // GIVEN an assessment that concludes "lacks capacity" because the decision is unwise
        SafeguardingCase c = unwiseDecisionCase(Ability.ABLE);
        // WHEN it is evaluated
        Advice advice = TestAdvisors.bundled().evaluate(c, AS_OF);
        // THEN MCA-03 warns, citing s.1(4), with the evidence that triggered it
        AdviceAssert.assertThat(advice).hasFinding("MCA-03", Severity.WARNING);
        var f = advice.finding("MCA-03").orElseThrow();
        assertThat(f.citations()).extracting(Object::toString).contains("Mental Capacity Act 2005 s.1(4)");
        assertThat(f.evidence()).extracting(Object::toString).contains("capacityAssessments[0].reasons = [UNWISE_DECISION]");
        assertThat(f.detail()).contains("where to live").endsWith("(Empowerment)");
    }

    @Test
    void is_silent_on_mca_03_when_a_functional_inability_is_recorded() {
        Advice advice = TestAdvisors.bundled().evaluate(unwiseDecisionCase(Ability.UNABLE), AS_OF);
        AdviceAssert.assertThat(advice).doesNotHaveFinding("MCA-03");
    }

    @Test
    void same_case_and_date_give_an_equal_advice_from_many_threads() throws Exception {
        MspAdvisor advisor = TestAdvisors.bundled();
        SafeguardingCase c = unwiseDecisionCase(Ability.ABLE);
        Advice serial = advisor.evaluate(c, AS_OF);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Advice>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) futures.add(pool.submit(() -> advisor.evaluate(c, AS_OF)));
            for (Future<Advice> f : futures) assertThat(f.get()).isEqualTo(serial);
        } finally {
            pool.shutdown();
        }
        assertThat(CaseJson.write(advisor.evaluate(c, AS_OF))).isEqualTo(CaseJson.write(serial));
    }

    @Test
    void evaluate_without_a_date_uses_the_injected_clock() {
        MspAdvisor advisor = MspAdvisor.builder()
                .clock(Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
        assertThat(advisor.evaluate(unwiseDecisionCase(Ability.ABLE)).asOf()).isEqualTo(AS_OF);
    }

    @Test
    void rejects_nulls_naming_the_argument() {
        assertThatThrownBy(() -> TestAdvisors.bundled().evaluate(null, AS_OF)).isInstanceOf(NullPointerException.class)
                .hasMessage("case must not be null");
        assertThatThrownBy(() -> TestAdvisors.bundled().evaluate(unwiseDecisionCase(Ability.ABLE), null))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf must not be null");
    }

    @Test
    void switched_off_rules_do_not_fire_and_show_on_every_advice() {
        MspAdvisor advisor = MspAdvisor.builder().switchOff("MCA-03").build();
        Advice advice = advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF);
        AdviceAssert.assertThat(advice).doesNotHaveFinding("MCA-03");
        assertThat(advice.switchedOff()).containsExactly("MCA-03");
        assertThat(advice.ruleSetVersion()).startsWith(RuleSetVersion.BUNDLED + "+local.");
        assertThatThrownBy(() -> MspAdvisor.builder().switchOff("XYZ-99").build()).isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - cannot switch off XYZ-99: no rule has that code");
    }

    @Test
    void a_rule_that_throws_fails_the_evaluation_naming_it(@TempDir Path dir) throws IOException {
        localRule(dir, "LOC-90", "$a : Adult()", "if (true) throw new IllegalStateException(\"boom \" + $a.id()); Raise.finding(kcontext).done();");
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        assertThatThrownBy(() -> assertTimeoutPreemptively(RuleFaultsTest.BOUND, () -> advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF)))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("rule LOC-90 failed while evaluating the case (IllegalStateException); no advice was given")
                .satisfies(e -> assertThat(((EvaluationException) e).ruleCode()).isEqualTo("LOC-90"));
    }

    @Test
    void a_rule_that_never_stops_is_stopped_with_an_error_naming_it(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("loop2.drl"), """
                // keeps inserting: a runaway
                package uk.council.loop;
                import uk.msp.model.*;
                rule "LOC loop start"
                    ruleflow-group "classify"
                when
                    Adult()
                then
                    insert(new java.util.ArrayList<>(java.util.List.of(System.nanoTime())));
                end
                rule "LOC loop"
                    ruleflow-group "classify"
                when
                    $l : java.util.ArrayList()
                then
                    insert(new java.util.ArrayList<>(java.util.List.of(System.nanoTime())));
                end
                """);
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        assertThatThrownBy(() -> assertTimeoutPreemptively(RuleFaultsTest.BOUND, () -> advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF)))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("evaluation stopped after 10000 rule firings: rule LOC loop fired 10000 times and looks like it never ends; "
                        + "no advice was given");
    }

    @Test
    void local_rules_run_beside_the_bundled_ones_and_change_the_version(@TempDir Path dir) throws IOException {
        localRule(dir, "LOC-01", "$a : CapacityAssessment( concludesLacksCapacity() )",
                "Raise.finding(kcontext).because($a, \"decision\", $a.decision()).done();");
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        Advice advice = advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF);
        AdviceAssert.assertThat(advice).hasFinding("LOC-01").hasFinding("MCA-03");
        assertThat(advice.finding("LOC-01").orElseThrow().ruleSet()).isEqualTo("local");
        assertThat(advisor.version()).matches("\\d+\\.\\d+\\.\\d+\\+local\\.[0-9a-f]{12}");
        assertThat(advisor.rules()).filteredOn(RuleInfo::local).extracting(RuleInfo::code).containsExactly("LOC-01");
    }

    @Test
    void a_local_rule_sees_a_part_of_the_case_that_no_bundled_rule_matches(@TempDir Path dir) throws IOException {
        // GIVEN a local rule on the case's dates, a part the bundled rules reach only through SafeguardingCase (so it
        // is inserted as a fact only where some rule's pattern matches it)
        localRule(dir, "LOC-93", "$d : CaseDates()", "Raise.finding(kcontext).done();");
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        // WHEN a case is evaluated THEN the local rule matched the dates
        AdviceAssert.assertThat(advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF)).hasFinding("LOC-93");
    }

    @Test
    void a_local_rule_cannot_suppress_a_bundled_finding(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("suppress.drl"), """
                // tries to hide every finding
                package uk.council.sneaky;
                import uk.msp.rules.drl.Raised;
                rule "LOC-92 suppress"
                    @code("LOC-92") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    $r : Raised()
                then
                    delete($r);
                end
                """);
        Files.writeString(dir.resolve("messages.properties"), """
                LOC-92.summary=A local prompt.
                LOC-92.detail=Local detail.
                LOC-92.cite.1=GOOD_PRACTICE|Local procedure 4.2
                """);
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        assertThatThrownBy(() -> advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF))
                .isInstanceOf(EvaluationException.class)
                .hasMessage("rule LOC-92 deleted a finding; rules may not take findings or case facts away; no advice was given");
    }

    @Test
    void draft_retired_and_out_of_window_rules_do_not_run(@TempDir Path dir) throws IOException {
        String rule = """
                rule "%s local"
                    @code("%s") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("%s") %s
                when
                    $a : Adult()
                then
                    Raise.finding(kcontext).because($a, "id", $a.id()).done();
                end
                """;
        Files.writeString(dir.resolve("window.drl"), "// rules with a status and an effective window\n"
                + "package uk.council.window;\nimport uk.msp.model.*;\nimport uk.msp.rules.drl.Raise;\n"
                + rule.formatted("LOC-10", "LOC-10", "draft", "")
                + rule.formatted("LOC-11", "LOC-11", "retired", "")
                + rule.formatted("LOC-12", "LOC-12", "active", "@effectiveFrom(\"2026-04-01\")")
                + rule.formatted("LOC-13", "LOC-13", "active", "@effectiveTo(\"2026-02-28\")")
                + rule.formatted("LOC-14", "LOC-14", "active", "@effectiveFrom(\"2026-03-01\") @effectiveTo(\"2026-03-31\")"));
        StringBuilder wording = new StringBuilder();
        for (int i = 10; i <= 14; i++) {
            wording.append("LOC-%d.summary=Local %d.\nLOC-%d.detail=Detail.\nLOC-%d.cite.1=GOOD_PRACTICE|Local\n".formatted(i, i, i, i));
        }
        Files.writeString(dir.resolve("messages.properties"), wording.toString());
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        AdviceAssert.assertThat(advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF))
                .hasFinding("LOC-14").doesNotHaveFinding("LOC-10").doesNotHaveFinding("LOC-11")
                .doesNotHaveFinding("LOC-12").doesNotHaveFinding("LOC-13");
        AdviceAssert.assertThat(advisor.evaluate(unwiseDecisionCase(Ability.ABLE), LocalDate.of(2026, 4, 1)))
                .hasFinding("LOC-12").doesNotHaveFinding("LOC-14");
        assertThat(advisor.rules()).filteredOn(r -> r.code().equals("LOC-12")).singleElement()
                .satisfies(r -> assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void local_wording_overrides_bundled_wording_without_touching_drl(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages.properties"),
                "MCA-03.summary=Anyshire: an unwise decision is not a lack of capacity (MCA s.1(4)).\n");
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        Advice advice = advisor.evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF);
        assertThat(advice.finding("MCA-03").orElseThrow().summary())
                .isEqualTo("Anyshire: an unwise decision is not a lack of capacity (MCA s.1(4)).");
        assertThat(advice.finding("MCA-03").orElseThrow().citations()).isNotEmpty();
        assertThat(advice.ruleSetVersion()).isNotEqualTo(TestAdvisors.bundled().version());
    }

    @Test
    void policy_values_come_from_a_file_and_bad_keys_are_named(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("policy.properties");
        Files.writeString(good, "capacityAssessmentMaxAgeDays=30\nminimumRisk.CONTACT_RESTRICTION=CRITICAL\n");
        MspAdvisor advisor = MspAdvisor.builder().policyFile(good).build();
        assertThat(advisor.policy().capacityAssessmentMaxAgeDays()).isEqualTo(30);
        assertThat(advisor.policy().minimumRiskFor(uk.msp.model.ActionType.CONTACT_RESTRICTION)).isEqualTo(uk.msp.model.RiskLevel.CRITICAL);
        assertThat(advisor.version()).contains("+local.");
        Path bad = dir.resolve("bad.properties");
        Files.writeString(bad, "capacityAssesmentMaxAgeDays=30\nmaracThreshold=40\noutcomesAskWithinDays=soon\nminimumRisk.HUG=LOW\n");
        assertThatThrownBy(() -> MspAdvisor.builder().policyFile(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policy file " + bad + ": unknown key capacityAssesmentMaxAgeDays: allowed keys are "
                        + "[capacityAssessmentMaxAgeDays, outcomesAskWithinDays, outcomesReviewDays, repeatConcernThreshold, "
                        + "s42DecisionDays, maracThreshold, enquiryMaxDays, enquiryIdleDays] and minimumRisk.<ACTION_TYPE>; "
                        + "unknown key minimumRisk.HUG: allowed action types are [INFORMATION_AND_ADVICE, SELF_PROTECTION_SUPPORT, "
                        + "SUPPORT_SERVICE, MONITORING, CARE_PLAN_CHANGE, PROTECTION_PLAN, REFERRAL, ACTION_AGAINST_PERSON_ALLEGED, "
                        + "CONTACT_RESTRICTION, CHANGE_OF_ACCOMMODATION, SHARING_WITHOUT_CONSENT, RESTRICTION_OF_LIBERTY, "
                        + "COURT_APPLICATION]; outcomesAskWithinDays 'soon' is not a whole number");
        Path range = dir.resolve("range.properties");
        Files.writeString(range, "maracThreshold=40\n");
        assertThatThrownBy(() -> MspAdvisor.builder().policyFile(range))
                .hasMessage("policy file " + range + ": maracThreshold 40 is out of range: allowed 1 to 27");
    }

    @Test
    void the_version_digest_changes_with_each_local_setting_and_is_stable() {
        String base = TestAdvisors.bundled().version();
        String off = MspAdvisor.builder().switchOff("MCA-07").build().version();
        String off2 = MspAdvisor.builder().switchOff("MCA-07").build().version();
        String policy = MspAdvisor.builder().policy(Policy.fromProperties(java.util.Map.of("maracThreshold", "12"))).build().version();
        assertThat(base).isEqualTo(RuleSetVersion.BUNDLED);
        assertThat(off).isEqualTo(off2).isNotEqualTo(base).isNotEqualTo(policy);
    }

    static void localRule(Path dir, String code, String when, String then) throws IOException {
        Files.writeString(dir.resolve(code + ".drl"), """
                // local rule for a test
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.drl.Raise;
                rule "%s local"
                    @code("%s") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    %s
                then
                    %s
                end
                """.formatted(code, code, when, then));
        Files.writeString(dir.resolve("messages.properties"), """
                %s.summary=A local prompt.
                %s.detail=Local detail.
                %s.cite.1=GOOD_PRACTICE|Local procedure 4.2
                """.formatted(code, code, code), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    @Test
    void a_data_completeness_warning_carries_no_i_statement_and_a_practice_warning_does() {
        // GIVEN a closed case whose SAC return says the adult lacked capacity, without saying who supported her
        SafeguardingCase c = CaseJson.read("""
                {"id": "C-SAC", "stage": "CLOSED", "adult": {"id": "A-1"},
                 "dates": {"concernRaised": "2026-01-12", "closed": "2026-02-20"},
                 "closure": {"rationale": "plan completed", "sg4Asked": "YES_NO_OUTCOMES_EXPRESSED",
                             "sg3LackedCapacity": "YES", "outcomesMetAsked": true,
                             "feedbackToAdult": true, "feedbackToReferrer": true}}""", "test");
        // WHEN it is evaluated
        Advice advice = TestAdvisors.bundled().evaluate(c, AS_OF);
        // THEN SAC-03 (recording) asks for the value with no principle's "I" statement: it is no promise to the adult
        var sac = advice.finding("SAC-03").orElseThrow();
        assertThat(sac.detail()).doesNotContain("\u201c").doesNotEndWith("(Accountability)");
        // AND a practice warning on the same advisor still ends with its principle's statement
        var mca = TestAdvisors.bundled().evaluate(unwiseDecisionCase(Ability.ABLE), AS_OF).finding("MCA-03").orElseThrow();
        assertThat(mca.detail()).endsWith("(Empowerment)");
    }

    @Test
    void an_i_statement_switch_that_is_not_true_or_false_is_refused_naming_its_line(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages.properties"), "MCA-03.iStatement=maybe\n");
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/messages.properties:1: MCA-03.iStatement is 'maybe':"
                        + " expected true or false");
    }
}
