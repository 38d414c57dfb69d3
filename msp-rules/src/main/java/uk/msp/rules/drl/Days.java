package uk.msp.rules.drl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Date arithmetic for DRL conditions, e.g. {@code eval(Days.moreThan($d.concernRaised(), $asOf.date(), 5))}.
 * Null dates are "not recorded": every method is null-safe and answers -1 or false for them. Count from
 * {@link uk.msp.rules.facts.AsOf}, never from the wall clock. Stateless; thread-safe.
 *
 * @since 0.1.0
 */
public final class Days {
    private Days() {}

    /** Days from {@code from} to {@code to}; -1 where either is null. */
    public static long between(LocalDate from, LocalDate to) {
        if (from == null || to == null) return -1;
        return ChronoUnit.DAYS.between(from, to);
    }

    /** Whether more than {@code days} days passed from {@code from} to {@code to}; false where either is null. */
    public static boolean moreThan(LocalDate from, LocalDate to, int days) {
        return from != null && to != null && ChronoUnit.DAYS.between(from, to) > days;
    }

    /**
     * Working days (Monday to Friday) after {@code from}, up to and including {@code to}; -1 where either is null.
     * Bank holidays are not known here and count as working days.
     */
    public static long workingDaysBetween(LocalDate from, LocalDate to) {
        if (from == null || to == null) return -1;
        if (!to.isAfter(from)) return 0;
        // Constant time whatever the span: whole weeks hold five working days each, and the few days left over are
        // counted from the day of the week the remainder starts on. No loop over days: a case cannot make it slow.
        long days = ChronoUnit.DAYS.between(from, to);
        long weeks = days / 7;
        int rest = (int) (days % 7);
        int first = from.getDayOfWeek().getValue();   // Monday 1 .. Sunday 7; the remainder starts the day after
        long n = weeks * 5;
        for (int i = 1; i <= rest; i++) {
            int dow = (first - 1 + i) % 7 + 1;
            if (dow != DayOfWeek.SATURDAY.getValue() && dow != DayOfWeek.SUNDAY.getValue()) n++;
        }
        return n;
    }

    /** Whether {@code date} is within the 12 months up to {@code asOf} (inclusive); false where either is null. */
    public static boolean withinYear(LocalDate date, LocalDate asOf) {
        return date != null && asOf != null && !date.isAfter(asOf) && date.isAfter(asOf.minusYears(1));
    }

    /** Whether {@code date} is before {@code asOf}; false where either is null. */
    public static boolean before(LocalDate date, LocalDate asOf) {
        return date != null && asOf != null && date.isBefore(asOf);
    }
}
