/** The Safeguarding Adults Board report: SAC Making Safeguarding Personal figures and findings over many cases, as HTML with charts and CSV. */
package uk.msp.examples.report;
