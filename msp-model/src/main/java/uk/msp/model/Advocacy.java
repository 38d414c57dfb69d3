package uk.msp.model;

import java.util.List;

/**
 * Substantial difficulty and independent advocacy (Care Act ss.67-68; MCA ss.35-41).
 *
 * @param substantialDifficulty the areas in which the adult would have substantial difficulty being involved
 * @param decision the recorded decision on whether advocacy is needed (null: not yet considered)
 * @param advocates advocates referred or arranged
 * @param nhsHospitalStayLikely an NHS hospital stay of 28 days or more is likely
 * @param careHomeStayLikely a care-home stay of 8 weeks or more is likely
 * @param disagreementWithAppropriateIndividual the council and the appropriate individual disagree on a material issue
 */
public record Advocacy(List<Difficulty> substantialDifficulty, AdvocacyDecision decision, List<Advocate> advocates,
                       Boolean nhsHospitalStayLikely, Boolean careHomeStayLikely,
                       Boolean disagreementWithAppropriateIndividual) {
    /** Nothing recorded. */
    public static final Advocacy NONE = new Advocacy(null, null, null, null, null, null);

    public Advocacy {
        substantialDifficulty = Lists.distinct(substantialDifficulty);
        advocates = Lists.copy(advocates);
    }
}
