package uk.msp.rules.facts;

import uk.msp.model.AdultDecision;

/**
 * Derived: there is a recorded reason to doubt the adult's capacity for a decision they made, and no completed
 * assessment for it settles the doubt. Either the same decision seen as unwise recurs, or capacity for it was
 * assumed while the record names a reason to doubt capacity. MCA-04 and MCA-05 ask for an assessment then, so the
 * rules that respect the choice as a capacitous one (PRP-05) stay silent about it: the two would contradict.
 *
 * @param decision the decision in doubt; never null
 * @since 0.2.0
 */
public record CapacityInDoubt(AdultDecision decision) {}
