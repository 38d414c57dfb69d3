package uk.msp.rules.facts;

import uk.msp.model.Action;

/**
 * Derived: a live action (proposed, agreed, in progress or done) of a kind that intrudes on the adult's private
 * life, home or liberty, or acts over their head: a contact restriction, a change of accommodation, sharing
 * information without consent, a restriction of liberty, a court application or a formal protection plan. The
 * proportionality rules ask whether such an action is justified.
 *
 * @param action the action, as recorded in the case; never null
 * @since 0.1.0
 */
public record IntrusiveAction(Action action) {}
