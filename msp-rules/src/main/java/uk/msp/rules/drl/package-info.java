/**
 * What DRL rules call, bundled and local alike: {@link uk.msp.rules.drl.Raise} to raise a finding, and the
 * null-safe date and age helpers {@link uk.msp.rules.drl.Days} and {@link uk.msp.rules.drl.Ages}. Public and stable:
 * a council's DRL imports these, so a change here is a breaking change.
 *
 * <p>Rules run in two phases. A classification rule has no {@code @code}, declares {@code ruleflow-group "classify"}
 * and derives facts with {@code insertLogical}; every one of them has run before any finding rule does. A finding
 * rule has a {@code @code}, no ruleflow group, and only calls {@code Raise}. No rule sets {@code salience}; the advisor
 * refuses a rule that breaks this, naming its file and line.
 *
 * @since 0.1.0
 */
package uk.msp.rules.drl;
