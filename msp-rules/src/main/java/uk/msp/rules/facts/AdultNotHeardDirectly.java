package uk.msp.rules.facts;

/**
 * Derived: the record shows that the adult's own voice is missing: their desired outcomes were asked of a relative
 * or carer, or every recorded outcome came from a relative or carer, or no worker saw and spoke with the adult
 * directly. One fact per place in the record that shows it, so a rule can cite it as evidence.
 *
 * @param part the part of the case that shows it (the conversation, a desired outcome or the adult); never null
 * @param field the field of that part, e.g. {@code "outcomesAskedOf"}; never null
 * @param value the value recorded in that field
 * @since 0.1.0
 */
public record AdultNotHeardDirectly(Object part, String field, Object value) {}
