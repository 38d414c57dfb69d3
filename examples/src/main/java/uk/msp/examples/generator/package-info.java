/** A deterministic generator of synthetic, valid safeguarding cases for reports, demonstrations and benchmarks. */
package uk.msp.examples.generator;
