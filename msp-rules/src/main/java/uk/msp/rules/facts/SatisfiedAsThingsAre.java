package uk.msp.rules.facts;

/**
 * Derived: the adult (or whoever answered for them) was asked what they want to happen, was not unclear, and the
 * answer is that they are satisfied as things are: no desired outcome recorded, or only "none: satisfied as things
 * are". This is a valid answer in Making Safeguarding Personal, not a gap; rules must not nag about it.
 *
 * @since 0.1.0
 */
public record SatisfiedAsThingsAre() {}
