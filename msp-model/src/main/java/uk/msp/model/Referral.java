package uk.msp.model;

import java.time.LocalDate;

/**
 * A referral to another agency.
 *
 * @param to the agency
 * @param date when it was made
 * @param withConsent whether the adult consented
 * @param emergencyCall whether it was made as an emergency (999) call, e.g. to the police; null means not recorded
 *     (a referral to {@link ReferralTarget#EMERGENCY_SERVICES} is a 999 call whatever this says)
 */
public record Referral(ReferralTarget to, LocalDate date, Boolean withConsent, Boolean emergencyCall) {}
