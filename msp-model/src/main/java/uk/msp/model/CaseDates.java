package uk.msp.model;

import java.time.LocalDate;

/**
 * The dates of each step of a case; any may be null (not reached or not recorded).
 *
 * @param concernRaised when the safeguarding concern was raised
 * @param s42Decision when the s.42 decision was made
 * @param enquiryStarted when the enquiry started
 * @param planAgreed when the safeguarding plan was agreed
 * @param closed when the case was closed
 * @param lastProgress when the enquiry last made recorded progress
 * @param lastReviewed when the enquiry was last reviewed (by a manager or a multi-agency meeting) with its next steps
 *                     recorded; absent: not recorded
 */
public record CaseDates(LocalDate concernRaised, LocalDate s42Decision, LocalDate enquiryStarted,
                        LocalDate planAgreed, LocalDate closed, LocalDate lastProgress, LocalDate lastReviewed) {
    /** No dates recorded. */
    public static final CaseDates NONE = new CaseDates(null, null, null, null, null, null, null);
}
