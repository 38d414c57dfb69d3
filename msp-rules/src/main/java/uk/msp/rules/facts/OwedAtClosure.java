package uk.msp.rules.facts;

import uk.msp.model.DesiredOutcome;

/**
 * Derived: the case is closing and the adult asked to be told the findings, for an apology, or for the person to be
 * reported to their regulator, with no live action for it and no record of whether it was achieved. EMP-10 speaks
 * for it; EMP-09 leaves it to EMP-10, so one gap raises one finding.
 *
 * @param outcome the outcome still owed; never null
 * @since 0.2.0
 */
public record OwedAtClosure(DesiredOutcome outcome) {}
