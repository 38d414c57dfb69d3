package uk.msp.model;

/**
 * An outcome the adult (or their representative) wants.
 *
 * @param id the host's id for the outcome (actions point at it)
 * @param category the kind of outcome
 * @param words the adult's own words (free text: never logged)
 * @param expressedBy who expressed it
 * @param achievable whether it is judged achievable (null: not judged)
 * @param achievabilityDiscussed whether that judgement was discussed openly with the adult
 * @param achieved at closure, whether it was achieved
 */
public record DesiredOutcome(String id, OutcomeCategory category, String words, Voice expressedBy,
                             Boolean achievable, Boolean achievabilityDiscussed, Achievement achieved) {}
