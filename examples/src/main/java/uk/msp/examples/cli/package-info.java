/** The {@code msp} command-line tool: evaluate a case, print the catalogue, run scenarios, check local rules. */
package uk.msp.examples.cli;
