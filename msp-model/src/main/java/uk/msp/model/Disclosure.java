package uk.msp.model;

import java.time.LocalDate;

/**
 * Information about the adult shared without their consent.
 *
 * @param date when it was shared
 * @param sharedWith with whom (agency label)
 * @param ground the ground recorded for sharing
 * @param adultTold whether the adult was told
 * @param tellingWouldIncreaseRisk whether telling the adult was judged to increase the risk
 */
public record Disclosure(LocalDate date, String sharedWith, SharingGround ground, Boolean adultTold,
                         Boolean tellingWouldIncreaseRisk) {}
