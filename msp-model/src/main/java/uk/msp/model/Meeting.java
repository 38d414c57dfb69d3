package uk.msp.model;

import java.time.LocalDate;

/**
 * A meeting held about the case.
 *
 * @param type the kind of meeting
 * @param date when it was held
 */
public record Meeting(MeetingType type, LocalDate date) {}
