package uk.msp.model;

import java.util.List;

/**
 * A person in the adult's support network.
 *
 * @param id the host's id for the person
 * @param relationship how they are related to the adult
 * @param roles legal or practical roles they hold (attorney with scope, deputy, unpaid carer ...)
 * @param paid whether they are paid to care for or treat the adult, or do so professionally
 * @param implicated whether they are implicated in the harm
 * @param adultConsents whether the adult consents to their involvement
 * @param willingAndAble whether they are willing and able to support the adult's involvement
 * @param appropriateIndividual whether the council recorded them as the appropriate individual (Care Act s.68)
 * @param bestInterestsRecorded for an adult lacking capacity, whether the council recorded that their involvement
 *     is in the adult's best interests
 * @param carerStress whether carer stress or a carer's own needs are recorded
 * @param carersAssessmentOffered whether a carer's assessment was offered (Care Act s.10)
 */
public record NetworkPerson(String id, Relationship relationship, List<PersonRole> roles, Boolean paid,
                            Boolean implicated, Boolean adultConsents, Boolean willingAndAble,
                            Boolean appropriateIndividual, Boolean bestInterestsRecorded, Boolean carerStress,
                            Boolean carersAssessmentOffered) {
    public NetworkPerson {
        roles = Lists.distinct(roles);
    }

    /** Whether the person holds the given role. */
    public boolean holds(PersonRole role) {
        return roles.contains(role);
    }
}
