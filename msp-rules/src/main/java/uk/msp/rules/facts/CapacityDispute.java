package uk.msp.rules.facts;

import uk.msp.model.CapacityAssessment;

/**
 * Derived: two assessors' latest completed assessments of the same decision reach opposite conclusions, one that
 * the adult has capacity and one that they lack it, so neither can be relied on until the conflict is resolved
 * (rule MCA-13). An assessor's earlier assessment of the decision, superseded by their own later one, is not
 * counted.
 *
 * @param decision the decision both assessments are about; never null
 * @param hasCapacity the assessment concluding the adult has capacity for the decision; never null
 * @param lacksCapacity the assessment, by a different assessor, concluding the adult lacks it; never null
 * @since 0.1.0
 */
public record CapacityDispute(String decision, CapacityAssessment hasCapacity, CapacityAssessment lacksCapacity) {}
