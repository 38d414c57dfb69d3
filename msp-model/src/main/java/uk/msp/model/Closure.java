package uk.msp.model;

/**
 * Closure and the Safeguarding Adults Collection (SAC) recording.
 *
 * @param rationale the recorded reason for closing
 * @param sg4Asked SG4: asked about desired outcomes
 * @param sg4Achieved SG4: outcomes achieved, where expressed
 * @param sg2cActionResult SG2c: action and result
 * @param sg2eRiskOutcome SG2e: risk outcome
 * @param sg3LackedCapacity SG3: lacked capacity
 * @param sg3SupportedByAdvocateFamilyOrFriend SG3: where lacked capacity, support by an advocate, family or friend
 * @param outcomesMetAsked whether the adult was asked at closure whether their outcomes were met
 * @param feedbackToAdult whether feedback was given to the adult
 * @param feedbackToReferrer whether feedback was given to the referrer
 * @param groundToContinueRecorded where the enquiry ceased at the adult's request, whether a record shows that no
 *     ground to continue applies
 */
public record Closure(String rationale, SacAsked sg4Asked, Achievement sg4Achieved, SacActionResult sg2cActionResult,
                      SacRiskOutcome sg2eRiskOutcome, SacLackedCapacity sg3LackedCapacity,
                      Boolean sg3SupportedByAdvocateFamilyOrFriend, Boolean outcomesMetAsked,
                      Boolean feedbackToAdult, Boolean feedbackToReferrer, Boolean groundToContinueRecorded) {
    /** Nothing recorded. */
    public static final Closure NONE = new Closure(null, null, null, null, null, null, null, null, null, null, null);
}
