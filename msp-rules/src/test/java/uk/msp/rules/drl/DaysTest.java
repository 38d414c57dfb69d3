package uk.msp.rules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Date helpers for DRL conditions. Expected values are counted by hand on a calendar: 16 February 2026 is a Monday,
 * 1 January 2026 a Thursday.
 */
class DaysTest {
    static final LocalDate MON_16_FEB = LocalDate.of(2026, 2, 16);

    @Test
    void between_counts_days_and_is_negative_backwards() {
        assertThat(Days.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isEqualTo(30);
        assertThat(Days.between(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1))).isEqualTo(-9);
        assertThat(Days.between(null, MON_16_FEB)).isEqualTo(-1);
        assertThat(Days.between(MON_16_FEB, null)).isEqualTo(-1);
    }

    @Test
    void more_than_is_strict() {
        assertThat(Days.moreThan(MON_16_FEB, LocalDate.of(2026, 2, 21), 5)).isFalse();
        assertThat(Days.moreThan(MON_16_FEB, LocalDate.of(2026, 2, 22), 5)).isTrue();
        assertThat(Days.moreThan(null, LocalDate.of(2026, 2, 22), 5)).isFalse();
        assertThat(Days.moreThan(MON_16_FEB, null, 5)).isFalse();
    }

    @Test
    void working_days_count_monday_to_friday_after_the_first_date_up_to_and_including_the_second() {
        assertThat(Days.workingDaysBetween(MON_16_FEB, LocalDate.of(2026, 2, 18))).as("Tue, Wed").isEqualTo(2);
        assertThat(Days.workingDaysBetween(MON_16_FEB, LocalDate.of(2026, 2, 23))).as("Tue to Fri, Mon").isEqualTo(5);
        assertThat(Days.workingDaysBetween(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 23))).as("Fri to Mon").isEqualTo(1);
        assertThat(Days.workingDaysBetween(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 2, 22))).as("a weekend").isZero();
        assertThat(Days.workingDaysBetween(LocalDate.of(2026, 2, 21), LocalDate.of(2026, 2, 22))).as("Sat to Sun").isZero();
        assertThat(Days.workingDaysBetween(MON_16_FEB, MON_16_FEB)).isZero();
        assertThat(Days.workingDaysBetween(MON_16_FEB, LocalDate.of(2026, 2, 10))).as("backwards").isZero();
        // Fri 2 January 2026 to Thu 31 December 2026 is 52 whole weeks (260 working days); Fri 1 January 2027 is one more.
        assertThat(Days.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(261);
        assertThat(Days.workingDaysBetween(null, MON_16_FEB)).isEqualTo(-1);
        assertThat(Days.workingDaysBetween(MON_16_FEB, null)).isEqualTo(-1);
    }

    @Test
    void within_year_means_the_twelve_months_up_to_and_including_the_date() {
        LocalDate asOf = LocalDate.of(2026, 3, 2);
        assertThat(Days.withinYear(LocalDate.of(2025, 3, 2), asOf)).as("a year to the day").isFalse();
        assertThat(Days.withinYear(LocalDate.of(2025, 3, 3), asOf)).isTrue();
        assertThat(Days.withinYear(asOf, asOf)).isTrue();
        assertThat(Days.withinYear(LocalDate.of(2026, 3, 3), asOf)).as("after the date").isFalse();
        assertThat(Days.withinYear(null, asOf)).isFalse();
        assertThat(Days.withinYear(asOf, null)).isFalse();
    }

    @Test
    void before_is_strict_and_null_safe() {
        assertThat(Days.before(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(Days.before(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(Days.before(null, LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(Days.before(LocalDate.of(2026, 3, 1), null)).isFalse();
    }
}
