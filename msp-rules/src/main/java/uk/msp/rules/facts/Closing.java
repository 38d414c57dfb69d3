package uk.msp.rules.facts;

import java.util.Objects;

import uk.msp.model.SafeguardingCase;

/**
 * Derived: the case is closed, or its closure is being recorded (a closing date, a closure rationale or a SAC
 * closure value is recorded before the stage is set to closed). Derived by the enquiry rule set; one fact for each
 * thing that shows it.
 *
 * @param source the part of the case that shows it (shown as evidence); never null
 * @param field the field of {@code source} that shows it; never null
 * @param value the recorded value of that field
 * @since 0.1.0
 */
public record Closing(Object source, String field, Object value) {

    /**
     * Equal facts have equal hashes, as before; but a whole case as the source is hashed by its id (equal cases have
     * equal ids) rather than by every part of it, which truth maintenance would otherwise do on each insertion.
     */
    @Override
    public int hashCode() {
        int h = source instanceof SafeguardingCase c ? Objects.hashCode(c.id()) : Objects.hashCode(source);
        return 31 * (31 * h + Objects.hashCode(field)) + Objects.hashCode(value);
    }
}
