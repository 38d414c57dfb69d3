package uk.msp.rules.facts;

import uk.msp.model.SharingGround;

/**
 * Derived: a ground on which an adult's refusal to have information shared may reasonably be overridden applies
 * to this case (SCIE, <i>Safeguarding adults: sharing information</i>: good practice, not statute). Derived by the
 * partnership rule set from the record:
 * <ul>
 *   <li>{@code OTHERS_AT_RISK}: a concern records others at risk, or the risk assessment records risk to others;</li>
 *   <li>{@code PREVENT_CRIME}: a concern records a crime suspected or in progress;</li>
 *   <li>{@code STAFF_IMPLICATED}: the person alleged is a paid carer, a care provider or its staff, or a
 *       professional, or a paid person in the network is recorded as implicated;</li>
 *   <li>{@code DURESS_OR_COERCION}: a concern records coercion or undue influence suspected;</li>
 *   <li>{@code MARAC_LEVEL_RISK}: the risk is critical, the DASH score is at or above the policy MARAC
 *       threshold, or the domestic abuse risk is judged high;</li>
 *   <li>{@code LACKS_CAPACITY}: the adult lacks capacity to decide about sharing information
 *       ({@link LacksCapacity} for {@code SHARING_INFORMATION}; a general label does not count);</li>
 *   <li>{@code ALLEGED_ABUSER_HAS_NEEDS}: the person alleged has care and support needs and may be at risk.</li>
 * </ul>
 * A ground is a reason to consider sharing and to record the reasoning, never an instruction to share.
 *
 * @param ground the ground that applies; never null
 * @since 0.1.0
 */
public record GroundToShare(SharingGround ground) {}
