package uk.msp.model;

import java.util.List;

/**
 * The three limbs of Care Act 2014 s.42(1) and the decision on them.
 *
 * @param careAndSupportNeeds limb (a): needs for care and support, whether or not met
 * @param abuseOrNeglect limb (b): experiencing, or at risk of, abuse or neglect
 * @param unableToProtect limb (c): as a result of those needs, unable to protect themselves
 * @param protectionFactors what is recorded as affecting the adult's ability to protect themselves
 * @param decision the s.42 decision, if made
 * @param rationale the recorded rationale for the decision
 * @param screenOutReasons why the concern was screened out, if it was
 * @param unableToProtectRationale the reasoning on limb (c): how the adult can, or cannot, protect themselves
 *     against the abuse or neglect (not whether they have capacity); null means not recorded
 * @param refusalReasoning where the adult's refusal was a reason to screen out, the recorded reasoning on why the
 *     refusal is followed although a ground to go on applies (others at risk); absent: not recorded
 */
public record S42Criteria(Tristate careAndSupportNeeds, Tristate abuseOrNeglect, Tristate unableToProtect,
                          List<ProtectionFactor> protectionFactors, S42Decision decision, String rationale,
                          List<ScreenOutReason> screenOutReasons, String unableToProtectRationale,
                          String refusalReasoning) {
    /** Nothing recorded. */
    public static final S42Criteria NONE = new S42Criteria(null, null, null, null, null, null, null, null, null);

    public S42Criteria {
        protectionFactors = Lists.distinct(protectionFactors);
        screenOutReasons = Lists.distinct(screenOutReasons);
    }

    /** Whether all three limbs are recorded as met. */
    public boolean allMet() {
        return careAndSupportNeeds == Tristate.MET && abuseOrNeglect == Tristate.MET
                && unableToProtect == Tristate.MET;
    }

    /** Whether any limb is recorded as not met. */
    public boolean anyNotMet() {
        return careAndSupportNeeds == Tristate.NOT_MET || abuseOrNeglect == Tristate.NOT_MET
                || unableToProtect == Tristate.NOT_MET;
    }
}
