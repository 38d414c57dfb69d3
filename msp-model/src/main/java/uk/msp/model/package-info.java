/**
 * The safeguarding case model: plain immutable records a host fills from its own case record. Every field a
 * practitioner may not have filled in may be {@code null} ("not recorded"); lists are never null, only empty.
 */
package uk.msp.model;
