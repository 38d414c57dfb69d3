package uk.msp.rules.facts;

import uk.msp.model.Concern;

/**
 * Derived: a concern records an emergency: immediate danger to life, violence being used or threatened now, a
 * crime in progress, or an offender still at the scene or only just gone. Violence in the past is a risk indicator,
 * not an emergency. The response is a 999 call, whatever else the case says (Human Rights Act 1998 Sch 1 Art 2;
 * CSSG ch.14). Derived by the protection rule set.
 *
 * @param concern the concern that records the emergency; never null
 * @since 0.1.0
 */
public record Emergency(Concern concern) {}
