package uk.msp.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A proposed or taken action.
 *
 * @param id the host's id for the action
 * @param type the kind of action (its intrusiveness comes from the proportionality table)
 * @param status where it has got to
 * @param legalBasis the recorded legal basis
 * @param aim the recorded aim
 * @param lessIntrusiveOptions the less intrusive options considered
 * @param justification the recorded justification where it is more intrusive than the risk suggests
 * @param servesOutcomes the ids of the desired outcomes it serves
 * @param owner who owns it
 * @param due when it is due
 * @param reviewDate for a restrictive measure, when it is to be reviewed
 * @param restrictive whether it restricts the adult's rights or freedom
 * @param bestInterestsDecision the id of the best-interests decision it rests on, if any
 * @param capacityAssessment the id of the capacity assessment it rests on, if any
 * @param overridesWishes whether it goes against the adult's wishes
 * @param rationale the recorded rationale (needed where it overrides the adult's wishes)
 * @param topic the matter the action asks the adult to decide, where it differs from its type's
 *              ({@link ActionType#topic()}); usually absent
 * @param agreedWithAdult whether the adult (or, where they lack capacity for it, their representative) agreed to
 *     this action; null means not recorded
 */
public record Action(String id, ActionType type, ActionStatus status, String legalBasis, String aim,
                     List<String> lessIntrusiveOptions, String justification, List<String> servesOutcomes,
                     String owner, LocalDate due, LocalDate reviewDate, Boolean restrictive,
                     String bestInterestsDecision, String capacityAssessment, Boolean overridesWishes,
                     String rationale, DecisionTopic topic, Boolean agreedWithAdult) {
    public Action {
        lessIntrusiveOptions = Lists.copy(lessIntrusiveOptions);
        servesOutcomes = Lists.copy(servesOutcomes);
    }

    /**
     * The matter on which the adult's capacity decides whether this action needs their agreement: its own
     * {@code topic} where recorded, else its type's; {@link DecisionTopic#OTHER} where neither is recorded.
     */
    public DecisionTopic engagedTopic() {
        if (topic != null) return topic;
        return type == null ? DecisionTopic.OTHER : type.topic();
    }

    /** Whether the action is live: proposed, agreed, in progress or done (not declined or cancelled). */
    public boolean live() {
        return status != ActionStatus.DECLINED && status != ActionStatus.CANCELLED;
    }

    /** Whether the action was taken or is being taken (agreed, in progress or done). */
    public boolean taken() {
        return status == ActionStatus.AGREED || status == ActionStatus.IN_PROGRESS || status == ActionStatus.DONE;
    }
}
