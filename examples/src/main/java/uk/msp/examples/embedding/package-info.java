/** Small runnable examples of embedding the advisor in a host system; each is run by a smoke test. */
package uk.msp.examples.embedding;
