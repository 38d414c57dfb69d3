package uk.msp.rules.facts;

import uk.msp.model.RiskAssessment;
import uk.msp.model.S42Criteria;

/**
 * Derived: no enquiry is being made (the concern was screened out, or an s.42 criterion is recorded as not met and
 * no enquiry of either kind was decided on), yet the record shows risk: a medium, high or critical risk level, risk
 * to others, or, where no level is recorded, risk to the adult. Making Safeguarding Personal is not walking away: the
 * risk still has to be managed (Care Act 2014 s.1(3)(g)). Derived by the enquiry rule set; at most one fact.
 *
 * @param s42 the s.42 criteria and decision (shown as evidence); never null
 * @param risk the risk assessment that records the risk (shown as evidence); never null
 * @since 0.2.0
 */
public record NoEnquiryDespiteRisk(S42Criteria s42, RiskAssessment risk) {}
