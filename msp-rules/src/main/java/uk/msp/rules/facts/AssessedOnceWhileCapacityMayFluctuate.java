package uk.msp.rules.facts;

import uk.msp.model.CapacityAssessment;

/**
 * Derived: the case is open, something that can make capacity fluctuate is recorded (substance misuse as a capacity
 * doubt or a concern's indicator, or capacity recorded as fluctuating), and this completed assessment is the only one
 * for its decision. Rule MCA-12 speaks for it; MCA-07 stays silent for the same assessment, so one assessment gets
 * one finding. Derived by the MCA rule set (Mental Capacity Act 2005 s.2(1)-(2): "at the material time"; an
 * impairment may be temporary).
 *
 * @param assessment the only completed assessment of its decision; never null
 * @since 0.1.0
 */
public record AssessedOnceWhileCapacityMayFluctuate(CapacityAssessment assessment) {}
