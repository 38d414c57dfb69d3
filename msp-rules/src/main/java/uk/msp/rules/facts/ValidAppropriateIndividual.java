package uk.msp.rules.facts;

import uk.msp.model.NetworkPerson;

/**
 * Derived: the council recorded this person as the adult's appropriate individual and nothing bars them (see
 * {@link NotAppropriateIndividual}), so the Care Act 2014 s.68 duty to arrange an advocate does not arise unless an
 * exception applies (SI 2014/2889 reg 4).
 *
 * @param person the person, as recorded in the case's network; never null
 * @since 0.1.0
 */
public record ValidAppropriateIndividual(NetworkPerson person) {}
