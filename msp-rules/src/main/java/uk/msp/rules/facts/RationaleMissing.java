package uk.msp.rules.facts;

/**
 * Derived: a decision that must be explained has no recorded rationale: the s.42 decision, the decision to close
 * the case, or a live action that goes against the adult's wishes.
 *
 * @param part the part of the case whose {@code rationale} is missing (the s.42 criteria, the closure or an
 *     action); never null
 * @param what what the decision is, in words for the worker (no case free text); never null
 * @since 0.1.0
 */
public record RationaleMissing(Object part, String what) {}
