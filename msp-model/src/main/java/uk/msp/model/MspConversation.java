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
 * @param culturalNeedsHowMet how the work meets the cultural or religious needs that the adult or their
 *     representative expressed ({@link Adult#culturalNeeds()}); absent: not recorded
 * @param supportToUnderstandGiven whether accessible information, or support to understand what abuse is and what
 *     the enquiry is, was given (easy read, more time, a trusted person, an advocate); absent: not recorded
 */
public record MspConversation(LocalDate outcomesAskedOn, Voice outcomesAskedOf, Boolean adultUnclear,
                              LocalDate outcomesLastRevisited, Boolean optionsExplained,
                              Boolean informationAboutAbuseGiven, Boolean rolesExplained,
                              Boolean confidentialityExplained, String culturalNeedsHowMet,
                              Boolean supportToUnderstandGiven) {
    /** Nothing recorded. */
    public static final MspConversation NONE = new MspConversation(null, null, null, null, null, null, null, null, null,
            null);
}
