/**
 * Internals: the Drools engine, the finding helper DRL consequences call, wording and the rule index. Not API,
 * except {@link uk.msp.rules.internal.Raise} and {@link uk.msp.rules.internal.Days}, which DRL (bundled and local)
 * calls.
 */
package uk.msp.rules.internal;
