/** The CDS Hooks 2.0 service: discovery, case review as cards, and card feedback, on embedded Jetty with JWT authentication. */
package uk.msp.examples.cds;
