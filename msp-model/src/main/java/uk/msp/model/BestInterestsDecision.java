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
 * @param wishesNotAscertainable where the adult's past and present wishes, feelings, beliefs and values are not
 *     reasonably ascertainable (s.4(6)), the steps tried to ascertain them; absent: not recorded
 * @param adultEncouragedToTakePart whether the adult was permitted and encouraged to take part, or helped to take
 *     part better, as fully as possible (s.4(4)); absent: not recorded
 * @param takingPartNotPracticable where it was not reasonably practicable for the adult to take part (s.4(4)), why;
 *     absent: not recorded
 */
public record BestInterestsDecision(String id, String decision, LocalDate date, List<Consultee> consulted,
                                    List<String> lessRestrictiveOptions, Boolean adultWishesRecorded,
                                    DecisionTopic topic, String wishesNotAscertainable,
                                    Boolean adultEncouragedToTakePart, String takingPartNotPracticable) {
    public BestInterestsDecision {
        consulted = Lists.distinct(consulted);
        lessRestrictiveOptions = Lists.copy(lessRestrictiveOptions);
    }

    /** The topic, or {@link DecisionTopic#OTHER} where none is recorded; never null. */
    public DecisionTopic topicOrOther() {
        return topic == null ? DecisionTopic.OTHER : topic;
    }
}
