package uk.msp.rules.facts;

import uk.msp.model.SharingGround;

/**
 * Derived: a ground applies on which an enquiry need not stop simply because the adult asks it to (Care and
 * Support Statutory Guidance ch. 14 on consent; SCIE, <i>Safeguarding adults: sharing information</i>, good
 * practice, not statute). Derived by the recording rule set for SAC SG2c "Enquiry ceased at individual's request":
 * <ul>
 *   <li>{@code OTHERS_AT_RISK}: a concern records others at risk, or the risk assessment records risk to others;</li>
 *   <li>{@code PREVENT_CRIME}: a concern records a crime suspected or in progress;</li>
 *   <li>{@code STAFF_IMPLICATED}: the person alleged is a paid carer or a care provider or its staff;</li>
 *   <li>{@code DURESS_OR_COERCION}: coercion, fear, dependency or undue influence is recorded
 *       (see {@link CoercionOrDependency}): the request to stop may not be a free choice;</li>
 *   <li>{@code LACKS_CAPACITY}: the adult lacks capacity to take part in the enquiry ({@link LacksCapacity} for
 *       {@code TAKING_PART_IN_ENQUIRY}), or SAC SG3 records that they lacked capacity.</li>
 * </ul>
 * A ground is a reason to consider continuing and to record the reasoning, never an instruction to override the
 * adult.
 *
 * @param ground the ground that applies; never null
 * @param source the part of the case that shows it (shown as evidence); never null
 * @param field the field of {@code source} that shows it; never null
 * @param value the recorded value of that field
 * @since 0.1.0
 */
public record GroundToContinue(SharingGround ground, Object source, String field, Object value) {

    /** The ground in words for the worker, as it applies to continuing an enquiry; never null. */
    public String description() {
        return switch (ground) {
            case OTHERS_AT_RISK -> "others (including children) are or may be at risk";
            case PREVENT_CRIME, SERIOUS_CRIME -> "a crime is suspected";
            case STAFF_IMPLICATED -> "staff are implicated";
            case DURESS_OR_COERCION -> "coercion, fear, dependency or undue influence is recorded";
            case LACKS_CAPACITY -> "the adult lacks capacity to decide about taking part in the enquiry";
            default -> ground.label().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
