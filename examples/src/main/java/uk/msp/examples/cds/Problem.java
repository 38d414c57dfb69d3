package uk.msp.examples.cds;

/**
 * One problem in a request, as it goes into an error response: {@code {"path": ..., "message": ...}}.
 *
 * @param path where it is, e.g. {@code context.asOf}; empty for the whole body
 * @param message what is wrong, never quoting the request
 */
record Problem(String path, String message) {}
