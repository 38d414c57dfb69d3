package uk.msp.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A best-interests decision (Mental Capacity Act 2005 s.4).
 *
 * @param id the host's id; actions taken in best interests point at it
 * @param decision the decision (short label)
 * @param date when it was made
 * @param consulted who was consulted (s.4(7))
 * @param lessRestrictiveOptions the less restrictive options considered (s.1(6))
 * @param adultWishesRecorded whether the adult's past and present wishes and feelings were recorded (s.4(6))
 * @param topic the matter it is about (MCA s.2(1): capacity is "in relation to a matter"); absent is read as
 *              {@link DecisionTopic#OTHER}
 */
public record BestInterestsDecision(String id, String decision, LocalDate date, List<Consultee> consulted,
                                    List<String> lessRestrictiveOptions, Boolean adultWishesRecorded,
                                    DecisionTopic topic) {
    public BestInterestsDecision {
        consulted = Lists.distinct(consulted);
        lessRestrictiveOptions = Lists.copy(lessRestrictiveOptions);
    }

    /** The topic, or {@link DecisionTopic#OTHER} where none is recorded; never null. */
    public DecisionTopic topicOrOther() {
        return topic == null ? DecisionTopic.OTHER : topic;
    }
}
