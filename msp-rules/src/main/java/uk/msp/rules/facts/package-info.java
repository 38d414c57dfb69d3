/**
 * Facts the rules reason with besides the case itself: the evaluation date and the facts the classification rules
 * derive ("this adult lacks capacity", "this adult has substantial difficulty"). These are public and stable, so a
 * council's local rules may match them; a change to them is a breaking change.
 */
package uk.msp.rules.facts;
