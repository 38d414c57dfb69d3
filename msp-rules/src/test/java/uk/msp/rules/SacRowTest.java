package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.msp.model.*;

/** One test per SAC value the row derives, and recorded values win over derived ones. */
class SacRowTest {
    static final LocalDate D = LocalDate.of(2026, 2, 1);

    static SafeguardingCase.Builder base() {
        return SafeguardingCase.builder("C-1", Stage.CLOSED, Adult.withId("A-1")).dates(new CaseDates(D, D.plusDays(1), D.plusDays(1), null, D.plusDays(20), null, null));
    }

    static DesiredOutcome outcome(OutcomeCategory cat, Achievement a) {
        return new DesiredOutcome("O-" + cat, cat, null, Voice.ADULT, null, null, a);
    }

    static MspConversation askedOn(LocalDate d) {
        return new MspConversation(d, Voice.ADULT, null, null, null, null, null, null, null, null);
    }

    static Action action(ActionStatus s) {
        return new Action("A-1", ActionType.PROTECTION_PLAN, s, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static Closure closure(SacAsked asked, Achievement ach, SacActionResult r, SacRiskOutcome o, SacLackedCapacity l, Boolean sup) {
        return new Closure(null, asked, ach, r, o, l, sup, null, null, null, null);
    }

    @Test
    void sg4_asked_is_derived_from_the_conversation() {
        assertThat(SacRow.of(base().build()).sg4Asked()).isEqualTo(SacAsked.NOT_RECORDED);
        assertThat(SacRow.of(base().conversation(askedOn(D)).build()).sg4Asked()).isEqualTo(SacAsked.YES_NO_OUTCOMES_EXPRESSED);
        assertThat(SacRow.of(base().conversation(askedOn(D))
                .desiredOutcomes(List.of(outcome(OutcomeCategory.NONE_SATISFIED, null))).build()).sg4Asked())
                .isEqualTo(SacAsked.YES_NO_OUTCOMES_EXPRESSED);
        SacRow row = SacRow.of(base().conversation(askedOn(D)).desiredOutcomes(List.of(outcome(OutcomeCategory.FEEL_SAFER, null))).build());
        assertThat(row.sg4Asked()).isEqualTo(SacAsked.YES_OUTCOMES_EXPRESSED);
        assertThat(row.derived()).contains("sg4Asked");
    }

    @Test
    void sg4_achieved_is_fully_partially_or_not() {
        var asked = base().conversation(askedOn(D));
        assertThat(SacRow.of(asked.desiredOutcomes(List.of(outcome(OutcomeCategory.FEEL_SAFER, Achievement.FULLY_ACHIEVED),
                outcome(OutcomeCategory.APOLOGY, Achievement.FULLY_ACHIEVED))).build()).sg4Achieved()).isEqualTo(Achievement.FULLY_ACHIEVED);
        assertThat(SacRow.of(asked.desiredOutcomes(List.of(outcome(OutcomeCategory.FEEL_SAFER, Achievement.FULLY_ACHIEVED),
                outcome(OutcomeCategory.APOLOGY, Achievement.NOT_ACHIEVED))).build()).sg4Achieved()).isEqualTo(Achievement.PARTIALLY_ACHIEVED);
        assertThat(SacRow.of(asked.desiredOutcomes(List.of(outcome(OutcomeCategory.APOLOGY, Achievement.NOT_ACHIEVED))).build())
                .sg4Achieved()).isEqualTo(Achievement.NOT_ACHIEVED);
        assertThat(SacRow.of(asked.desiredOutcomes(List.of(outcome(OutcomeCategory.APOLOGY, null))).build()).sg4Achieved()).isNull();
    }

    @Test
    void sg2c_is_derived_from_risk_actions_and_refusal() {
        assertThat(SacRow.of(base().risk(new RiskAssessment(RiskLevel.HIGH, true, null, null, null, null, null, null, null, null, null, null, null, null, null, null))
                .actions(List.of(action(ActionStatus.DONE))).build()).sg2cActionResult()).isEqualTo(SacActionResult.RISK_IDENTIFIED_ACTION_TAKEN);
        assertThat(SacRow.of(base().risk(new RiskAssessment(RiskLevel.LOW, true, null, null, null, null, null, null, null, null, null, null, null, null, null, null)).build())
                .sg2cActionResult()).isEqualTo(SacActionResult.RISK_IDENTIFIED_NO_ACTION_TAKEN);
        assertThat(SacRow.of(base().actions(List.of(action(ActionStatus.IN_PROGRESS))).build()).sg2cActionResult())
                .isEqualTo(SacActionResult.INCONCLUSIVE_ACTION_TAKEN);
        assertThat(SacRow.of(base().actions(List.of(action(ActionStatus.PROPOSED))).build()).sg2cActionResult())
                .isEqualTo(SacActionResult.INCONCLUSIVE_NO_ACTION_TAKEN);
        assertThat(SacRow.of(base().consent(new Consent(false, null, true, null, null, null, null)).build()).sg2cActionResult())
                .isEqualTo(SacActionResult.CEASED_AT_INDIVIDUALS_REQUEST);
        assertThat(SacRow.of(SafeguardingCase.builder("C-2", Stage.CONCERN, Adult.withId("A")).build()).sg2cActionResult()).isNull();
    }

    @Test
    void sg3_is_derived_from_the_latest_assessment_of_capacity_to_take_part_in_the_enquiry() {
        CapacityAssessment lacks = new CapacityAssessment("CA", "x", D, "sw", AssessmentStatus.COMPLETED, null, Ability.UNABLE,
                null, null, null, null, true, null, null, CapacityConclusion.LACKS_CAPACITY, null, null,
                DecisionTopic.TAKING_PART_IN_ENQUIRY);
        CapacityAssessment has = new CapacityAssessment("CB", "y", D, "sw", AssessmentStatus.COMPLETED, null, null,
                null, null, null, null, null, null, null, CapacityConclusion.HAS_CAPACITY, null, null,
                DecisionTopic.TAKING_PART_IN_ENQUIRY);
        CapacityAssessment laterHas = new CapacityAssessment("CC", "y", D.plusDays(1), "sw", AssessmentStatus.COMPLETED,
                null, null, null, null, null, null, null, null, null, CapacityConclusion.HAS_CAPACITY, null, null,
                DecisionTopic.TAKING_PART_IN_ENQUIRY);
        CapacityAssessment money = new CapacityAssessment("CD", "managing money", D, "sw", AssessmentStatus.COMPLETED,
                null, Ability.UNABLE, null, null, null, null, true, null, null, CapacityConclusion.LACKS_CAPACITY, null,
                null, DecisionTopic.FINANCES);
        assertThat(SacRow.of(base().capacityAssessments(List.of(lacks)).build()).sg3LackedCapacity()).isEqualTo(SacLackedCapacity.YES);
        assertThat(SacRow.of(base().capacityAssessments(List.of(has)).build()).sg3LackedCapacity()).isEqualTo(SacLackedCapacity.NO);
        assertThat(SacRow.of(base().build()).sg3LackedCapacity()).isEqualTo(SacLackedCapacity.NOT_RECORDED);
        // The latest assessment for the topic wins; an incapacity about money says nothing about the enquiry.
        assertThat(SacRow.of(base().capacityAssessments(List.of(laterHas, lacks)).build()).sg3LackedCapacity())
                .isEqualTo(SacLackedCapacity.NO);
        assertThat(SacRow.of(base().capacityAssessments(List.of(money)).build()).sg3LackedCapacity())
                .isEqualTo(SacLackedCapacity.NOT_RECORDED);
        var advocated = base().capacityAssessments(List.of(lacks))
                .advocacy(new Advocacy(null, null, List.of(new Advocate(AdvocateBasis.BOTH, AdvocateStatus.ARRANGED)), null, null, null)).build();
        assertThat(SacRow.of(advocated).sg3Supported()).isTrue();
        assertThat(SacRow.of(base().capacityAssessments(List.of(lacks)).build()).sg3Supported()).isNull();
    }

    @Test
    void recorded_values_win_and_sg2e_is_only_ever_recorded() {
        SacRow row = SacRow.of(base().conversation(askedOn(D))
                .closure(closure(SacAsked.DONT_KNOW, Achievement.PARTIALLY_ACHIEVED, SacActionResult.NO_RISK_NO_ACTION_TAKEN,
                        SacRiskOutcome.RISK_REDUCED, SacLackedCapacity.DONT_KNOW, false)).build());
        assertThat(row).isEqualTo(new SacRow(SacAsked.DONT_KNOW, Achievement.PARTIALLY_ACHIEVED, SacActionResult.NO_RISK_NO_ACTION_TAKEN,
                SacRiskOutcome.RISK_REDUCED, SacLackedCapacity.DONT_KNOW, false, true, java.util.Set.of()));
        assertThat(SacRow.of(base().build()).sg2eRiskOutcome()).isNull();
    }

    @Test
    void asked_at_outset_means_on_or_before_the_s42_decision() {
        assertThat(SacRow.of(base().conversation(askedOn(D.plusDays(1))).build()).askedAtOutset()).isTrue();
        assertThat(SacRow.of(base().conversation(askedOn(D.plusDays(5))).build()).askedAtOutset()).isFalse();
        assertThat(SacRow.of(base().build()).askedAtOutset()).isFalse();
    }
}
