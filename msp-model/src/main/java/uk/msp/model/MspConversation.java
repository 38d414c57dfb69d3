package uk.msp.model;

import java.time.LocalDate;

/**
 * The steps of the Making Safeguarding Personal conversation. Null means not recorded.
 *
 * @param outcomesAskedOn when the adult (or representative) was asked what they want to happen
 * @param outcomesAskedOf whom the outcomes were asked of
 * @param adultUnclear whether the adult was unclear about what they want
 * @param outcomesLastRevisited when the desired outcomes were last revisited with the adult
 * @param optionsExplained whether options and their consequences were explained
 * @param informationAboutAbuseGiven whether information about abuse and how to get help was given
 * @param rolesExplained whether the roles of everyone involved were explained
 * @param confidentialityExplained whether confidentiality and information sharing were explained
 */
public record MspConversation(LocalDate outcomesAskedOn, Voice outcomesAskedOf, Boolean adultUnclear,
                              LocalDate outcomesLastRevisited, Boolean optionsExplained,
                              Boolean informationAboutAbuseGiven, Boolean rolesExplained,
                              Boolean confidentialityExplained) {
    /** Nothing recorded. */
    public static final MspConversation NONE = new MspConversation(null, null, null, null, null, null, null, null);
}
