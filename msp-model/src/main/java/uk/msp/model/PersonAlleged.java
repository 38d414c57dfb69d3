package uk.msp.model;

import java.util.List;

/**
 * The person alleged to cause harm.
 *
 * @param id the host's id for the person (or the id of a {@link NetworkPerson}), if any
 * @param relationship how they are related to the adult
 * @param roles legal or practical roles they hold (attorney, deputy, position of trust ...)
 * @param hasCareAndSupportNeeds whether the person alleged has care and support needs themselves
 * @param decisionToTell the recorded decision on telling them about the concern: true to tell them, false not to
 *     (for instance because telling them would raise the risk, or the police asked that they are not told); absent:
 *     no decision recorded
 */
public record PersonAlleged(String id, Relationship relationship, List<PersonRole> roles,
                            Boolean hasCareAndSupportNeeds, Boolean decisionToTell) {
    public PersonAlleged {
        roles = Lists.distinct(roles);
    }

    /** Whether the person holds the given role. */
    public boolean holds(PersonRole role) {
        return roles.contains(role);
    }
}
