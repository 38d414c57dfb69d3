package uk.msp.rules.facts;

/**
 * Derived: the adult has capacity, or is presumed to (MCA s.1(2)): nothing records them as lacking it.
 *
 * @since 0.1.0
 */
public record PresumedCapacity() {}
