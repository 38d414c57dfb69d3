package uk.msp.model;

/**
 * The facts a Safeguarding Adults Review (Care Act s.44) turns on.
 *
 * @param died whether the adult died
 * @param abuseOrNeglectSuspectedCause whether abuse or neglect is known or suspected to have caused the death
 * @param seriousAbuseOrNeglect whether the adult (alive) is known or suspected to have experienced serious abuse or neglect
 * @param jointWorkingConcern reasonable cause for concern about how agencies worked together
 * @param referredToBoard whether the case was referred to the Safeguarding Adults Board
 */
public record SarConsideration(Boolean died, Boolean abuseOrNeglectSuspectedCause, Boolean seriousAbuseOrNeglect,
                               Boolean jointWorkingConcern, Boolean referredToBoard) {
    /** Nothing recorded. */
    public static final SarConsideration NONE = new SarConsideration(null, null, null, null, null);
}
