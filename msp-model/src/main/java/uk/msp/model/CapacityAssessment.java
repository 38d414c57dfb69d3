package uk.msp.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision-specific, time-specific capacity assessment (Mental Capacity Act 2005 ss.2-3).
 *
 * @param id the host's id for the assessment
 * @param decision the decision assessed (a short label such as "where to live")
 * @param date when it was assessed (or planned)
 * @param assessor who assessed (role or id)
 * @param status completed, planned, or not done and why
 * @param refusalReportedBy where the adult's refusal was reported by someone else, who (id or relationship)
 * @param understand ability to understand the relevant information
 * @param retain ability to retain it
 * @param useOrWeigh ability to use or weigh it
 * @param communicate ability to communicate the decision
 * @param impairment the impairment of, or disturbance in, the mind or brain, if any
 * @param causalLink whether the inability is recorded as caused by the impairment
 * @param practicableSteps steps taken to support the adult to decide
 * @param reasons what the conclusion is recorded as resting on
 * @param conclusion the conclusion
 * @param basis whether the conclusion rests on the adult's account, observation, or both
 * @param executiveFunction whether the ability to carry out the decision was checked
 * @param topic the matter it is about (MCA s.2(1): capacity is "in relation to a matter"); absent is read as
 *              {@link DecisionTopic#OTHER}
 */
public record CapacityAssessment(
        String id,
        String decision,
        LocalDate date,
        String assessor,
        AssessmentStatus status,
        String refusalReportedBy,
        Ability understand,
        Ability retain,
        Ability useOrWeigh,
        Ability communicate,
        String impairment,
        Boolean causalLink,
        List<PracticableStep> practicableSteps,
        List<CapacityReason> reasons,
        CapacityConclusion conclusion,
        ConclusionBasis basis,
        ExecutiveFunction executiveFunction,
        DecisionTopic topic) {

    public CapacityAssessment {
        practicableSteps = Lists.distinct(practicableSteps);
        reasons = Lists.distinct(reasons);
    }

    /** Whether any of the four functional abilities is recorded as unable. */
    public boolean anyFunctionalInability() {
        return understand == Ability.UNABLE || retain == Ability.UNABLE || useOrWeigh == Ability.UNABLE
                || communicate == Ability.UNABLE;
    }

    /** Whether the assessment is completed (a null status counts as completed when a conclusion is recorded). */
    public boolean completed() {
        return status == AssessmentStatus.COMPLETED || (status == null && conclusion != null);
    }

    /** Whether it concludes that the adult lacks capacity for the decision. */
    public boolean concludesLacksCapacity() {
        return completed() && conclusion == CapacityConclusion.LACKS_CAPACITY;
    }

    /** The topic, or {@link DecisionTopic#OTHER} where none is recorded; never null. */
    public DecisionTopic topicOrOther() {
        return topic == null ? DecisionTopic.OTHER : topic;
    }
}
