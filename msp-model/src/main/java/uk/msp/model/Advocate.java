package uk.msp.model;

/**
 * An independent advocate referred or arranged.
 *
 * @param basis the statute the advocate acts under
 * @param status referred or arranged
 */
public record Advocate(AdvocateBasis basis, AdvocateStatus status) {}
