package uk.msp.model;

import java.time.LocalDate;

/**
 * A decision the adult made, recorded because others see it as unwise or because it carries risk.
 *
 * @param decision the decision (a short label matching the capacity assessments' {@code decision})
 * @param date when the adult made it
 * @param seenAsUnwise whether others see it as unwise
 * @param risk the risk it carries to the adult
 * @param capacityAssumed whether capacity for it was assumed rather than assessed
 */
public record AdultDecision(String decision, LocalDate date, Boolean seenAsUnwise, RiskLevel risk,
                            Boolean capacityAssumed) {}
