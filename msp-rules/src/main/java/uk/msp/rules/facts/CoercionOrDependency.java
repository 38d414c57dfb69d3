package uk.msp.rules.facts;

import uk.msp.model.ProtectionFactor;

/**
 * Derived: the record shows something that can leave an adult unable to protect themselves whatever their mental
 * capacity (Care Act 2014 s.42(1)(c)): coercion or control, fear of the person alleged, dependency on them, or undue
 * influence. Derived by the enquiry rule set from the s.42 protection factors ({@code COERCION}, {@code FEAR},
 * {@code DEPENDENCY}, {@code UNDUE_INFLUENCE}) and from any concern recording coercion or undue influence suspected
 * (as {@code COERCION}). Limb (c) is not a capacity test: this fact is the reason.
 *
 * @param factor what is recorded; never null
 * @param source the part of the case that records it (shown as evidence); never null
 * @param field the field of {@code source} that records it; never null
 * @param value the recorded value of that field
 * @since 0.1.0
 */
public record CoercionOrDependency(ProtectionFactor factor, Object source, String field, Object value) {}
