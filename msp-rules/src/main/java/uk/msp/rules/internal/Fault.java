package uk.msp.rules.internal;

/**
 * One problem in the rules (a compile error, a metadata gap, a duplicate code, a wording problem); the front door
 * reports it as a {@code RuleSetException.Problem}.
 *
 * @param file the DRL or properties file, as the problem names it, or empty
 * @param line the line, or 0 where not known
 * @param message what is wrong, in plain words
 */
public record Fault(String file, int line, String message) {}
