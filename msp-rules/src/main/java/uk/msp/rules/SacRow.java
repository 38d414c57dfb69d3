package uk.msp.rules;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import uk.msp.model.Achievement;
import uk.msp.model.Action;
import uk.msp.model.AdvocateStatus;
import uk.msp.model.CapacityAssessment;
import uk.msp.model.CapacityConclusion;
import uk.msp.model.Closure;
import uk.msp.model.DecisionTopic;
import uk.msp.model.DesiredOutcome;
import uk.msp.model.OutcomeCategory;
import uk.msp.model.SacActionResult;
import uk.msp.model.SacAsked;
import uk.msp.model.SacLackedCapacity;
import uk.msp.model.SacRiskOutcome;
import uk.msp.model.SafeguardingCase;

/**
 * The case's Safeguarding Adults Collection MSP row: SG2c action and result, SG2e risk outcome, SG3 lacked capacity
 * and support, SG4 asked and achieved. A value the host recorded at closure is used as it is; otherwise it is
 * derived from the rest of the case where the case says enough, and left null where it does not (never guessed).
 *
 * @param sg4Asked SG4: asked about desired outcomes; never null ({@code NOT_RECORDED} where unknown)
 * @param sg4Achieved SG4: outcomes achieved, where outcomes were expressed and every one has a result; else null
 * @param sg2cActionResult SG2c: action and result, or null where the case does not say
 * @param sg2eRiskOutcome SG2e: risk outcome, as recorded (never derived), or null
 * @param sg3LackedCapacity SG3: lacked capacity; never null ({@code NOT_RECORDED} where unknown)
 * @param sg3Supported SG3: where lacked capacity, support by an advocate, family or friend; null where not known
 * @param askedAtOutset asked about outcomes at the outset: on or before the s.42 decision (the 2016 MSP Temperature
 *     Check measure)
 * @param derived the names of the fields above that were derived rather than recorded
 * @since 0.1.0
 */
public record SacRow(SacAsked sg4Asked, Achievement sg4Achieved, SacActionResult sg2cActionResult,
                     SacRiskOutcome sg2eRiskOutcome, SacLackedCapacity sg3LackedCapacity, Boolean sg3Supported,
                     boolean askedAtOutset, Set<String> derived) {

    public SacRow {
        derived = Set.copyOf(derived);
    }

    /**
     * Derives the row from a case.
     *
     * <ul>
     *   <li>SG4 asked: yes with or without outcomes expressed from {@code conversation.outcomesAskedOn} and the
     *       desired outcomes ("none: satisfied as things are" counts as no outcomes expressed).</li>
     *   <li>SG4 achieved: all fully, all not, otherwise partially, from each expressed outcome's {@code achieved}.</li>
     *   <li>SG2c: "ceased at individual's request" where the adult declined and nothing was done; otherwise risk
     *       identified (a risk level recorded) or inconclusive (none), with or without action taken (an action
     *       agreed, in progress or done). The "no risk identified" values are only ever recorded, not derived.</li>
     *   <li>SG3: yes or no as the latest completed assessment of the adult's capacity to take part in the enquiry
     *       concludes ({@link SafeguardingCase#latestCompletedAssessment}); not recorded where there is none (the general
     *       label is not an assessment).</li>
     *   <li>SG3 support: an advocate arranged, or an appropriate individual who is not implicated.</li>
     * </ul>
     *
     * @param c the case; never null
     * @return the row; never null
     */
    public static SacRow of(SafeguardingCase c) {
        Objects.requireNonNull(c, "case must not be null");
        Closure closure = c.closure();
        Set<String> derived = new TreeSet<>();
        List<DesiredOutcome> expressed = c.desiredOutcomes().stream()
                .filter(o -> o.category() != OutcomeCategory.NONE_SATISFIED).toList();

        SacAsked asked = closure.sg4Asked();
        if (asked == null) {
            derived.add("sg4Asked");
            if (c.conversation().outcomesAskedOn() == null) asked = SacAsked.NOT_RECORDED;
            else asked = expressed.isEmpty() ? SacAsked.YES_NO_OUTCOMES_EXPRESSED : SacAsked.YES_OUTCOMES_EXPRESSED;
        }

        Achievement achieved = closure.sg4Achieved();
        if (achieved == null && asked == SacAsked.YES_OUTCOMES_EXPRESSED && !expressed.isEmpty()
                && expressed.stream().allMatch(o -> o.achieved() != null)) {
            derived.add("sg4Achieved");
            if (expressed.stream().allMatch(o -> o.achieved() == Achievement.FULLY_ACHIEVED)) achieved = Achievement.FULLY_ACHIEVED;
            else if (expressed.stream().allMatch(o -> o.achieved() == Achievement.NOT_ACHIEVED)) achieved = Achievement.NOT_ACHIEVED;
            else achieved = Achievement.PARTIALLY_ACHIEVED;
        }

        SacActionResult result = closure.sg2cActionResult();
        if (result == null && c.isAtLeast(uk.msp.model.Stage.ENQUIRY)) {
            derived.add("sg2cActionResult");
            boolean actionTaken = c.actions().stream().anyMatch(Action::taken);
            boolean declined = Boolean.TRUE.equals(c.consent().declinedEnquiry());
            boolean riskIdentified = c.risk().level() != null;
            if (declined && !actionTaken) result = SacActionResult.CEASED_AT_INDIVIDUALS_REQUEST;
            else if (riskIdentified) result = actionTaken ? SacActionResult.RISK_IDENTIFIED_ACTION_TAKEN : SacActionResult.RISK_IDENTIFIED_NO_ACTION_TAKEN;
            else result = actionTaken ? SacActionResult.INCONCLUSIVE_ACTION_TAKEN : SacActionResult.INCONCLUSIVE_NO_ACTION_TAKEN;
        }

        SacLackedCapacity lacked = closure.sg3LackedCapacity();
        if (lacked == null) {
            derived.add("sg3LackedCapacity");
            // SG3 asks whether the adult lacked capacity in relation to the enquiry: the same classification the rules
            // use, read for taking part in the enquiry. A general label is not an assessment and says nothing here.
            CapacityAssessment deciding = c.latestCompletedAssessment(DecisionTopic.TAKING_PART_IN_ENQUIRY);
            if (deciding == null || deciding.conclusion() == null) {
                lacked = SacLackedCapacity.NOT_RECORDED;
            } else if (deciding.conclusion() == CapacityConclusion.LACKS_CAPACITY) {
                lacked = SacLackedCapacity.YES;
            } else {
                lacked = SacLackedCapacity.NO;
            }
        }

        Boolean supported = closure.sg3SupportedByAdvocateFamilyOrFriend();
        if (supported == null && lacked == SacLackedCapacity.YES) {
            boolean advocate = c.advocacy().advocates().stream().anyMatch(a -> a.status() == AdvocateStatus.ARRANGED);
            boolean person = c.network().stream().anyMatch(p -> Boolean.TRUE.equals(p.appropriateIndividual())
                    && !Boolean.TRUE.equals(p.implicated()) && !Boolean.TRUE.equals(p.paid()));
            if (advocate || person) {
                supported = Boolean.TRUE;
                derived.add("sg3Supported");
            }
        }

        var askedOn = c.conversation().outcomesAskedOn();
        var decidedOn = c.dates().s42Decision();
        boolean outset = askedOn != null && (decidedOn == null || !askedOn.isAfter(decidedOn));
        return new SacRow(asked, achieved, result, closure.sg2eRiskOutcome(), lacked, supported, outset, derived);
    }
}
