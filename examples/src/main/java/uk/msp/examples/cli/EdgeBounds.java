package uk.msp.examples.cli;

import java.time.Duration;
import java.time.LocalDate;

import uk.msp.rules.MspAdvisor;

/**
 * Bounds the tool applies at its edge: an evaluation date at most a day ahead of today by the wall clock (the
 * library never reads the wall clock in rules, so this check belongs here), and a positive evaluation deadline.
 */
final class EdgeBounds {
    /** How far ahead of today {@code --as-of} may be: a day, for other time zones. */
    static final int AS_OF_DAYS_AHEAD = 1;

    private EdgeBounds() {}

    /** The evaluation date: {@code asOf}, or today where it is null. */
    static LocalDate asOf(LocalDate asOf, MspAdvisor advisor) {
        LocalDate today = advisor.today();
        if (asOf == null) return today;
        if (asOf.isAfter(today.plusDays(AS_OF_DAYS_AHEAD))) {
            throw new IllegalArgumentException("--as-of " + asOf + " is more than " + AS_OF_DAYS_AHEAD + " day after today (" + today + ")");
        }
        return asOf;
    }

    /** The advisor's deadline from {@code --deadline-ms}. */
    static Duration deadline(long millis) {
        if (millis <= 0) throw new IllegalArgumentException("--deadline-ms " + millis + " must be a positive number of milliseconds");
        return Duration.ofMillis(millis);
    }
}
