package uk.msp.rules.facts;

import java.util.Collection;
import java.util.TreeSet;

import uk.msp.model.Labelled;
import uk.msp.model.NetworkPerson;

/**
 * Derived: a person in the adult's network cannot be the appropriate individual who supports the adult's
 * involvement instead of an independent advocate (Care Act 2014 s.68(4)-(5), s.67(5)-(7); Care and Support
 * Statutory Guidance ch. 7). One fact per person and reason; a person may be barred for several reasons.
 *
 * @param person the person, as recorded in the case's network; never null
 * @param reason why they cannot be the appropriate individual; never null
 * @since 0.1.0
 */
public record NotAppropriateIndividual(NetworkPerson person, Reason reason) {

    /** Why a person cannot be the appropriate individual. */
    public enum Reason implements Labelled {
        /** Paid to care for or treat the adult, or doing so professionally: the statutory bar. */
        PAID("is paid to care for or treat the adult, or does so professionally", "paid"),
        /** Recorded as a paid carer, a care provider or a professional, though not flagged as paid. */
        PROFESSIONAL_ROLE("is recorded as a paid carer, care provider or professional", "relationship"),
        /** Implicated in the abuse or neglect. */
        IMPLICATED("is implicated in the harm", "implicated"),
        /** Named as the person alleged to cause harm in one of the case's concerns. */
        ALLEGED_TO_CAUSE_HARM("is the person alleged to cause harm in a concern", "id"),
        /** The adult has capacity and says they do not want this person's involvement. */
        ADULT_DOES_NOT_CONSENT("the adult, who has capacity, does not consent to their involvement", "adultConsents"),
        /** The adult has capacity and their consent to this person's involvement is not recorded. */
        CONSENT_NOT_RECORDED("the adult has capacity and their consent to this person's involvement is not recorded",
                "adultConsents"),
        /** The adult lacks capacity and the council has not recorded that this person is in their best interests. */
        NO_BEST_INTERESTS_RECORD("the adult lacks capacity and the council has not recorded that this person's "
                + "involvement is in their best interests", "bestInterestsRecorded"),
        /** Unlikely to facilitate the adult's involvement: not willing and able. */
        UNLIKELY_TO_FACILITATE("is not willing and able to support the adult's involvement", "willingAndAble");

        private final String label;
        private final String field;

        Reason(String label, String field) {
            this.label = label;
            this.field = field;
        }

        @Override
        public String label() {
            return label;
        }

        /** The field of {@link NetworkPerson} that shows the reason, for evidence. */
        public String field() {
            return field;
        }
    }

    /** The person's id in the host's record (may be null where the host gave none). */
    public String personId() {
        return person.id();
    }

    /** Whether the council recorded this person as the appropriate individual. */
    public boolean recordedAsAppropriateIndividual() {
        return person.appropriateIndividual() == Boolean.TRUE;
    }

    /** The value of the field that shows the reason, for evidence. */
    public Object value() {
        return switch (reason) {
            case PAID -> person.paid();
            case PROFESSIONAL_ROLE -> person.relationship();
            case IMPLICATED -> person.implicated();
            case ALLEGED_TO_CAUSE_HARM -> person.id();
            case ADULT_DOES_NOT_CONSENT, CONSENT_NOT_RECORDED -> person.adultConsents();
            case NO_BEST_INTERESTS_RECORD -> person.bestInterestsRecorded();
            case UNLIKELY_TO_FACILITATE -> person.willingAndAble();
        };
    }

    /** One line for a finding's wording: who, and why they cannot be the appropriate individual. */
    public String explanation() {
        String who = person.id() == null ? "the person recorded" : person.id();
        if (person.relationship() != null) who += " (" + person.relationship().label().toLowerCase() + ")";
        return who + ": " + reason.label();
    }

    /**
     * The explanations of several facts, sorted and joined with "; ".
     *
     * @param facts {@code NotAppropriateIndividual} facts (other objects are ignored); never null
     * @return the text; empty when there are none
     */
    public static String explain(Collection<?> facts) {
        TreeSet<String> lines = new TreeSet<>();
        for (Object o : facts) {
            if (o instanceof NotAppropriateIndividual n) lines.add(n.explanation());
        }
        return String.join("; ", lines);
    }
}
