package uk.msp.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A safeguarding concern: what is feared, where, from whom.
 *
 * @param id the host's concern id
 * @param raised when it was raised
 * @param riskTypes SAC types of risk
 * @param location SAC location of risk
 * @param source SAC source of risk
 * @param personAlleged the person alleged to cause harm, if any
 * @param immediateDanger immediate danger to life
 * @param violence violence being used or threatened now (current: an emergency); past violence goes in
 *     {@code violenceInPast}
 * @param crimeInProgress a crime in progress
 * @param crimeSuspected a crime suspected
 * @param coercionSuspected coercion or undue influence suspected
 * @param othersAtRisk others who may be at risk
 * @param indicators risk indicators observed
 * @param violenceInPast violence used or threatened in the past and not happening now: a risk indicator, not an
 *     emergency; null means not recorded
 * @param offenderAtOrNearScene the person alleged (or another offender) is still at the scene or has only just left
 *     (a police 999 criterion); null means not recorded
 */
public record Concern(
        String id,
        LocalDate raised,
        List<RiskType> riskTypes,
        RiskLocation location,
        RiskSource source,
        PersonAlleged personAlleged,
        Boolean immediateDanger,
        Boolean violence,
        Boolean crimeInProgress,
        Boolean crimeSuspected,
        Boolean coercionSuspected,
        List<AtRisk> othersAtRisk,
        List<RiskIndicator> indicators,
        Boolean violenceInPast,
        Boolean offenderAtOrNearScene) {

    public Concern {
        riskTypes = Lists.distinct(riskTypes);
        othersAtRisk = Lists.distinct(othersAtRisk);
        indicators = Lists.distinct(indicators);
    }

    /** Whether this concern is of the given SAC type. */
    public boolean isOfType(RiskType type) {
        return riskTypes.contains(type);
    }

    /** Whether this concern records the given indicator. */
    public boolean shows(RiskIndicator indicator) {
        return indicators.contains(indicator);
    }
}
