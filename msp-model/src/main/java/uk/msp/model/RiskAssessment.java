package uk.msp.model;

import java.time.LocalDate;

/**
 * The risk assessment and the plan that answers it.
 *
 * @param level the risk level
 * @param toSelf whether the risk is to the adult
 * @param toOthers whether the risk is to others
 * @param assessedOn when it was assessed
 * @param dashScore for domestic abuse, the DASH checklist score (number of "yes" answers), if completed
 * @param dashJudgedHighRisk professional judgement that the domestic abuse risk is high
 * @param plan whether a safeguarding or risk-mitigation plan is recorded
 * @param planAgreedWithAdult whether the plan was made with the adult
 * @param riskCommunicatedToAdult whether the risk and how to get help were communicated to the adult
 * @param jointDomesticAbuseAssessment for domestic abuse, whether the risk was assessed jointly by the safeguarding
 *     and domestic abuse services (IDVA, MARAC); null means not recorded
 * @param needsSharedWithDomesticAbuseServices for domestic abuse, whether the adult's care and support needs were
 *     shared with the IDVA or MARAC; null means not recorded
 */
public record RiskAssessment(RiskLevel level, Boolean toSelf, Boolean toOthers, LocalDate assessedOn,
                             Integer dashScore, Boolean dashJudgedHighRisk, Boolean plan,
                             Boolean planAgreedWithAdult, Boolean riskCommunicatedToAdult,
                             Boolean jointDomesticAbuseAssessment, Boolean needsSharedWithDomesticAbuseServices) {
    /** Nothing recorded. */
    public static final RiskAssessment NONE = new RiskAssessment(null, null, null, null, null, null, null, null, null, null, null);

    /** Whether the level is high or critical. */
    public boolean isHighOrCritical() {
        return level == RiskLevel.HIGH || level == RiskLevel.CRITICAL;
    }
}
