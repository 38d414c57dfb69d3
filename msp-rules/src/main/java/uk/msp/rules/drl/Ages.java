package uk.msp.rules.drl;

import java.time.LocalDate;
import java.time.Period;

import uk.msp.model.Adult;
import uk.msp.rules.facts.AsOf;

/**
 * The adult's age in whole years as of the evaluation date, for DRL conditions:
 *
 * <pre>
 * $d : AsOf()
 * $a : Adult( Ages.of(this, $d) &gt;= 65 )
 * </pre>
 *
 * <p>The date of birth wins where it is recorded; otherwise the recorded age is used as it stands (the model records
 * an age only where the date of birth is not known, and not the date it was recorded on). Not recorded gives -1, so
 * a condition such as {@code >= 65} is false for an adult whose age is not known; test {@code == -1} to act on a
 * missing age. Birthdays count as in English law: a person born on 29 February turns a year older on 1 March in a
 * year that is not a leap year. Stateless; thread-safe.
 *
 * @since 0.1.0
 */
public final class Ages {
    private Ages() {}

    /**
     * The age in whole years on {@code asOf}.
     *
     * @param dateOfBirth the date of birth; may be null (not recorded)
     * @param recordedAge the age recorded where the date of birth is not; may be null (not recorded)
     * @param asOf the evaluation date; may be null (then only a recorded age can answer)
     * @return completed years from {@code dateOfBirth} to {@code asOf}; else {@code recordedAge}; -1 where neither
     *     is usable: no date of birth and no age, a date of birth after {@code asOf}, or a negative recorded age
     */
    public static int on(LocalDate dateOfBirth, Integer recordedAge, LocalDate asOf) {
        if (dateOfBirth != null) {
            if (asOf == null || dateOfBirth.isAfter(asOf)) return -1;
            return Period.between(dateOfBirth, asOf).getYears();
        }
        return recordedAge != null && recordedAge >= 0 ? recordedAge : -1;
    }

    /**
     * The adult's age in whole years on the evaluation date: {@link #on} with the adult's date of birth and age.
     *
     * @param adult the adult; may be null (-1)
     * @param asOf the evaluation date fact; may be null (then only a recorded age can answer)
     * @return the age, or -1 where it is not recorded, as {@link #on} answers
     */
    public static int of(Adult adult, AsOf asOf) {
        if (adult == null) return -1;
        return on(adult.dateOfBirth(), adult.age(), asOf == null ? null : asOf.date());
    }
}
