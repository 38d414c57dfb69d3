package uk.msp.model;

import java.util.List;

/**
 * Consent and the adult's choices.
 *
 * @param toEnquiry whether the adult consents to the enquiry
 * @param toInformationSharing whether the adult consents to information sharing
 * @param declinedEnquiry whether the adult declined the enquiry or support
 * @param declinedPlan whether the adult declined the safeguarding plan
 * @param needsAssessmentRefused whether the adult refused a needs assessment
 * @param disclosures information shared without consent
 * @param specialistSupportDeclined whether the adult, offered specialist support (for example a hate crime or
 *     sexual violence service), chose not to have it; null means not recorded
 */
public record Consent(Boolean toEnquiry, Boolean toInformationSharing, Boolean declinedEnquiry,
                      Boolean declinedPlan, Boolean needsAssessmentRefused, List<Disclosure> disclosures,
                      Boolean specialistSupportDeclined) {
    /** Nothing recorded. */
    public static final Consent NONE = new Consent(null, null, null, null, null, null, null);

    public Consent {
        disclosures = Lists.copy(disclosures);
    }
}
