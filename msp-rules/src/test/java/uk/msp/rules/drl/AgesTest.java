package uk.msp.rules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.msp.model.Adult;
import uk.msp.rules.facts.AsOf;

/** The adult's age as of the evaluation date. Every expected age is counted by hand from the dates in the test. */
class AgesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    @Test
    void counts_completed_years_from_the_date_of_birth() {
        // 2 March 1950 to 2 March 2026: the 76th birthday is that day.
        assertThat(Ages.on(LocalDate.of(1950, 3, 2), null, AS_OF)).isEqualTo(76);
        // Born a day later: the 76th birthday is tomorrow.
        assertThat(Ages.on(LocalDate.of(1950, 3, 3), null, AS_OF)).isEqualTo(75);
        // Born 31 December 2007: 18 on 31 December 2025.
        assertThat(Ages.on(LocalDate.of(2007, 12, 31), null, AS_OF)).isEqualTo(18);
    }

    @Test
    void a_person_born_on_29_february_turns_a_year_older_on_1_march_outside_leap_years() {
        LocalDate leapling = LocalDate.of(2000, 2, 29);
        assertThat(Ages.on(leapling, null, LocalDate.of(2018, 2, 28))).isEqualTo(17);
        assertThat(Ages.on(leapling, null, LocalDate.of(2018, 3, 1))).isEqualTo(18);
        assertThat(Ages.on(leapling, null, LocalDate.of(2020, 2, 29))).isEqualTo(20);
    }

    @Test
    void the_date_of_birth_wins_over_a_recorded_age_and_the_recorded_age_stands_in_for_a_missing_one() {
        assertThat(Ages.on(LocalDate.of(1950, 3, 2), 80, AS_OF)).isEqualTo(76);
        assertThat(Ages.on(null, 80, AS_OF)).isEqualTo(80);
        assertThat(Ages.on(null, 80, null)).isEqualTo(80);
    }

    @Test
    void not_recorded_or_unusable_gives_minus_one() {
        assertThat(Ages.on(null, null, AS_OF)).isEqualTo(-1);
        assertThat(Ages.on(LocalDate.of(1950, 3, 2), null, null)).isEqualTo(-1);
        assertThat(Ages.on(LocalDate.of(2026, 3, 3), null, AS_OF)).as("born after the evaluation date").isEqualTo(-1);
        assertThat(Ages.on(null, -3, AS_OF)).isEqualTo(-1);
    }

    @Test
    void of_reads_the_adults_date_of_birth_and_age_as_of_the_evaluation_date() {
        assertThat(Ages.of(adult(LocalDate.of(1950, 3, 3), null), new AsOf(AS_OF))).isEqualTo(75);
        assertThat(Ages.of(adult(null, 67), new AsOf(AS_OF))).isEqualTo(67);
        assertThat(Ages.of(adult(null, null), new AsOf(AS_OF))).isEqualTo(-1);
        assertThat(Ages.of(adult(null, 67), null)).isEqualTo(67);
        assertThat(Ages.of(null, new AsOf(AS_OF))).isEqualTo(-1);
    }

    static Adult adult(LocalDate dateOfBirth, Integer age) {
        Adult a = Adult.withId("A-1");
        return new Adult(a.id(), dateOfBirth, age, a.careAndSupportNeeds(), a.primarySupportReason(), a.communicationNeeds(),
                a.communicationNeedsMet(), a.culturalNeeds(), a.seenAndSpokenTo(), a.seenAlone(), a.seeingAloneUnsafe(),
                a.accessObstructed(), a.understandsAbuse(), a.understandsEnquiry(), a.capacity(), a.capacityDoubts(),
                a.fluctuatingCapacity(), a.needsSupportToTakePart(), a.supportToTakePartProvided(), a.heardAnotherWay());
    }
}
