package uk.msp.model;

/**
 * A restriction of the adult's liberty and its authorisation (Art 5; Cheshire West [2014] UKSC 19).
 *
 * @param continuousSupervisionAndControl whether the adult is under continuous supervision and control
 * @param notFreeToLeave whether the adult is not free to leave
 * @param authorisation the authorisation in place
 */
public record LibertyRestriction(Boolean continuousSupervisionAndControl, Boolean notFreeToLeave,
                                 LibertyAuthorisation authorisation) {
    /** Nothing recorded. */
    public static final LibertyRestriction NONE = new LibertyRestriction(null, null, null);
}
