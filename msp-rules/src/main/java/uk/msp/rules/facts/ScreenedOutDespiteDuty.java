package uk.msp.rules.facts;

import uk.msp.model.S42Criteria;

/**
 * Derived: the concern was screened out although the s.42 duty may apply: the three criteria are met, or coercion or
 * dependency leaves limb (c) in play, or the adult's capacity or refusal was a reason for screening out while limb (c)
 * is not recorded as not met with its own rationale (Care Act 2014 s.42(1)). S42-02 speaks for it; rules that must
 * stay silent where S42-02 speaks (S42-11) ask {@code not ScreenedOutDespiteDuty()}.
 *
 * @param criteria the s.42 criteria as recorded; never null
 * @since 0.2.0
 */
public record ScreenedOutDespiteDuty(S42Criteria criteria) {}
