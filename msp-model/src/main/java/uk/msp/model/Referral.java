package uk.msp.model;

import java.time.LocalDate;

/**
 * A referral to another agency.
 *
 * @param to the agency
 * @param date when it was made
 * @param withConsent whether the adult consented
 */
public record Referral(ReferralTarget to, LocalDate date, Boolean withConsent) {}
