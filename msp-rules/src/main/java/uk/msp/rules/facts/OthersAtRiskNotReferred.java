package uk.msp.rules.facts;

import java.util.List;

import uk.msp.model.AtRisk;
import uk.msp.model.Concern;
import uk.msp.model.ReferralTarget;

/**
 * Derived: a concern records a group of others at risk, and no referral to the body responsible for protecting
 * that group is recorded: children's services for children; the Care Quality Commission and the commissioners for
 * other residents or people using the service; an adult safeguarding concern or the police for other adults; the
 * police for staff or the public. Derived by the protection rule set; rule PRO-05 matches it.
 *
 * @param concern the concern that records the others at risk; never null
 * @param atRisk who is at risk; never null
 * @param responsible the bodies a referral to which would answer it (for other residents, both are needed); never
 *     null
 * @since 0.1.0
 */
public record OthersAtRiskNotReferred(Concern concern, AtRisk atRisk, List<ReferralTarget> responsible) {
    public OthersAtRiskNotReferred {
        responsible = List.copyOf(responsible);
    }
}
