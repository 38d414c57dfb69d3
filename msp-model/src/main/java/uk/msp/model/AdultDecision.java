package uk.msp.model;

import java.time.LocalDate;

/**
 * A decision the adult made, recorded because others see it as unwise or because it carries risk.
 *
 * @param decision the decision (a short label matching the capacity assessments' {@code decision})
 * @param date when the adult made it
 * @param seenAsUnwise whether others see it as unwise
 * @param risk the risk it carries to the adult
 * @param capacityAssumed whether capacity for it was assumed rather than assessed
 * @param topic the matter it is about (MCA s.2(1): capacity is "in relation to a matter"); absent is read as
 *              {@link DecisionTopic#OTHER}
 */
public record AdultDecision(String decision, LocalDate date, Boolean seenAsUnwise, RiskLevel risk,
                            Boolean capacityAssumed, DecisionTopic topic) {
    /** The topic, or {@link DecisionTopic#OTHER} where none is recorded; never null. */
    public DecisionTopic topicOrOther() {
        return topic == null ? DecisionTopic.OTHER : topic;
    }
}
