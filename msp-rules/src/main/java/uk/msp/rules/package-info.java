/**
 * The public entry point: {@link uk.msp.rules.MspAdvisor}, its {@link uk.msp.rules.Policy}, the JSON case format
 * ({@link uk.msp.rules.CaseJson}) and the three kinds of failure.
 */
package uk.msp.rules;
