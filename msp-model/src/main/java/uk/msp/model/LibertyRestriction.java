package uk.msp.model;

import java.time.LocalDate;

/**
 * A restriction of the adult's liberty and its authorisation (Art 5; Cheshire West [2014] UKSC 19).
 *
 * @param continuousSupervisionAndControl whether the adult is under continuous supervision and control
 * @param notFreeToLeave whether the adult is not free to leave
 * @param authorisation the authorisation applied for or given
 * @param authorisedFrom when the authorisation took effect (for an urgent one, when it was given); absent: not
 *                       recorded
 * @param authorisedUntil when it ends (for an urgent one, including any extension); absent: not recorded
 */
public record LibertyRestriction(Boolean continuousSupervisionAndControl, Boolean notFreeToLeave,
                                 LibertyAuthorisation authorisation, LocalDate authorisedFrom,
                                 LocalDate authorisedUntil) {
    /** Nothing recorded. */
    public static final LibertyRestriction NONE = new LibertyRestriction(null, null, null, null, null);

    /** An urgent authorisation lasts at most 7 days, extendable once to 14 in all (MCA 2005 Sch A1 paras 78, 84-85). */
    public static final int URGENT_MAX_DAYS = 14;

    /**
     * Whether an authorisation is in force on {@code date}. A standard authorisation or a court order is in force
     * from {@code authorisedFrom} (or, where that is not recorded, from any date) to {@code authorisedUntil}
     * (or, where that is not recorded, with no end). An urgent authorisation is in force from the date it was given
     * until {@code authorisedUntil}, or 7 days where that is not recorded, and never beyond 14 days; without the
     * date it was given it cannot be shown to be in force. A request, or none, is never in force.
     *
     * @param date the date to judge; null gives false
     * @return whether an authorisation is in force on that date
     */
    public boolean authorisedOn(LocalDate date) {
        if (date == null || authorisation == null) return false;
        return switch (authorisation) {
            case NONE, REQUESTED -> false;
            case STANDARD, COURT_ORDER -> (authorisedFrom == null || !date.isBefore(authorisedFrom))
                    && (authorisedUntil == null || !date.isAfter(authorisedUntil));
            case URGENT -> {
                if (authorisedFrom == null || date.isBefore(authorisedFrom)) yield false;
                LocalDate cap = authorisedFrom.plusDays(URGENT_MAX_DAYS);
                LocalDate end = authorisedUntil == null ? authorisedFrom.plusDays(7) : authorisedUntil;
                yield !date.isAfter(end.isAfter(cap) ? cap : end);
            }
        };
    }
}
