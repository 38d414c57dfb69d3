package uk.msp.rules.facts;

import uk.msp.model.Action;

/**
 * Derived: a live action the adult wants: recorded as agreed with the adult, or serving a desired outcome the adult
 * expressed themselves. Such an action answers the adult's own wishes, so it is not an intrusion to be justified
 * against the risk (Care Act 2014 s.1(3)(a)-(b); Making Safeguarding Personal). Derived by the proportionality
 * rule set.
 *
 * @param action the action, as recorded in the case; never null
 * @param field what shows it: {@code "agreedWithAdult"} or {@code "servesOutcomes"}; never null
 * @param value the recorded value of that field
 * @since 0.1.0
 */
public record ActionTheAdultWants(Action action, String field, Object value) {}
