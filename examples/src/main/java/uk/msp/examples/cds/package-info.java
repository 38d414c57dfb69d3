/** The CDS Hooks 2.0 service: discovery, case review as cards, and card feedback, over the JDK's HTTP server. */
package uk.msp.examples.cds;
