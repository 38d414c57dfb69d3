package uk.msp.rules.facts;

import java.time.LocalDate;

/**
 * The date the case is evaluated as of. Rules use it instead of the wall clock, so the same case and date always
 * give the same advice.
 *
 * @param date the evaluation date; never null
 * @since 0.1.0
 */
public record AsOf(LocalDate date) {}
