package uk.msp.rules.facts;

/**
 * Derived: how many safeguarding concerns about the adult were raised in the 12 months up to the evaluation date,
 * counting the earlier concerns recorded for the adult and the concerns of this case.
 *
 * @param count the number of concerns; zero or more
 * @since 0.1.0
 */
public record ConcernsInYear(int count) {}
