/**
 * What DRL rules call, bundled and local alike: {@link uk.msp.rules.drl.Raise} to raise a finding, and the
 * null-safe date and age helpers {@link uk.msp.rules.drl.Days} and {@link uk.msp.rules.drl.Ages}. Public and stable:
 * a council's DRL imports these, so a change here is a breaking change.
 *
 * @since 0.1.0
 */
package uk.msp.rules.drl;
