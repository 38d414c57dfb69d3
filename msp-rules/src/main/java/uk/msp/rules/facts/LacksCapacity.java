package uk.msp.rules.facts;

import uk.msp.model.CapacityAssessment;
import uk.msp.model.DecisionTopic;

/**
 * Derived: the adult lacks capacity for a topic, because the latest completed assessment for that topic concludes
 * so ({@link uk.msp.model.SafeguardingCase#lacksCapacityFor(DecisionTopic)}). For any topic with no such fact the
 * adult is presumed to have capacity (Mental Capacity Act 2005 s.1(2)): rules ask {@code not LacksCapacity( topic ==
 * DecisionTopic.X )}. A host's general label ({@code adult.capacity}) never derives this fact.
 *
 * @param topic the topic; never null
 * @param assessment the deciding assessment; never null
 * @since 0.2.0
 */
public record LacksCapacity(DecisionTopic topic, CapacityAssessment assessment) {}
