package uk.msp.rules.facts;

/**
 * Derived: the adult is recorded as lacking capacity, generally or for a decision in a completed assessment.
 *
 * @param decision the decision, or {@code "general"} where the record says so without a decision
 * @since 0.1.0
 */
public record LacksCapacity(String decision) {}
