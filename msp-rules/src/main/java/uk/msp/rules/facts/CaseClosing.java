package uk.msp.rules.facts;

/**
 * Derived: the case is closing or closed: its stage is closed, or a closure date or closure rationale is recorded
 * while the case is still at an earlier stage. Rules that check what must be done at closure match this fact.
 *
 * @since 0.1.0
 */
public record CaseClosing() {}
