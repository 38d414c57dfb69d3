package uk.msp.rules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Working days are counted in constant time: expected values worked out on a calendar. */
class WorkingDaysTest {
    // 2026-03-02 is a Monday; 2026-03-06 a Friday.
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

    @Test
    void counts_weekdays_after_the_first_date_up_to_and_including_the_second() {
        assertThat(Days.workingDaysBetween(MONDAY, MONDAY)).isZero();
        assertThat(Days.workingDaysBetween(MONDAY, MONDAY.plusDays(1))).isEqualTo(1);    // Tuesday
        assertThat(Days.workingDaysBetween(MONDAY, FRIDAY)).isEqualTo(4);                // Tue to Fri
        assertThat(Days.workingDaysBetween(FRIDAY, FRIDAY.plusDays(1))).isZero();        // Saturday
        assertThat(Days.workingDaysBetween(FRIDAY, FRIDAY.plusDays(2))).isZero();        // Saturday, Sunday
        assertThat(Days.workingDaysBetween(FRIDAY, FRIDAY.plusDays(3))).isEqualTo(1);    // then Monday
        assertThat(Days.workingDaysBetween(MONDAY, MONDAY.plusDays(7))).isEqualTo(5);    // a whole week
        assertThat(Days.workingDaysBetween(MONDAY, MONDAY.plusDays(13))).isEqualTo(9);   // Tue to Fri, then a whole week, to Sunday
        assertThat(Days.workingDaysBetween(FRIDAY.plusDays(1), FRIDAY.plusDays(10))).isEqualTo(6); // from a Saturday: a week, then Monday
        assertThat(Days.workingDaysBetween(FRIDAY, MONDAY)).isZero();                    // backwards
        assertThat(Days.workingDaysBetween(null, MONDAY)).isEqualTo(-1);
        assertThat(Days.workingDaysBetween(MONDAY, null)).isEqualTo(-1);
    }

    @Test
    @Timeout(1)
    void the_widest_spans_take_no_time() {
        // 1900-01-01 (a Monday) to 2100-12-31: 52,439 weekdays, counted on a calendar.
        assertThat(Days.workingDaysBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31))).isEqualTo(52_439);
        // The extreme dates that once held an evaluation for hours: -999999999-01-01 is a Monday, and there are
        // 730,484,999,633 days to +999999999-12-31 (a Friday): 104,354,999,947 whole weeks and 4 more weekdays.
        assertThat(Days.workingDaysBetween(LocalDate.MIN, LocalDate.MAX)).isEqualTo(521_774_999_739L);
    }
}
