package uk.msp.rules.internal;

/**
 * One problem in the case data, as {@link CaseValidator} finds it; the front door reports it as an
 * {@code InvalidCaseException.Problem}.
 *
 * @param path where it is, e.g. {@code adult.dateOfBirth}
 * @param line the line in the source, or 0 where not known
 * @param column the column in the source, or 0 where not known
 * @param message what is wrong, never quoting free text from the case
 */
public record Problem(String path, int line, int column, String message) {}
