/**
 * The safeguarding case model: plain immutable records a host fills from its own case record. Every field a
 * practitioner may not have filled in may be {@code null} ("not recorded"); lists are never null, only empty, and
 * lists of coded values (risk types, indicators, roles ...) are value sets: a repeated value is kept once.
 */
package uk.msp.model;
