/**
 * Internals: the Drools engine, wording and the rule index. Not API: reached only through {@link uk.msp.rules.MspAdvisor}
 * and free to change in any release. What DRL calls is in {@link uk.msp.rules.drl}.
 */
package uk.msp.rules.internal;
