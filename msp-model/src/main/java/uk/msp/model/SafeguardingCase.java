package uk.msp.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One adult safeguarding case, as a host maps it from its own record.
 *
 * <p>Only {@code id}, {@code stage} and {@code adult} are required; every other field may be null, meaning "not
 * recorded", which the rules treat as a normal state. Lists are never null (a null list becomes empty).
 *
 * @param id the host's case id (no personal data), required
 * @param stage where the case is in the process, required
 * @param dates the dates of each step
 * @param enquiryType the kind of enquiry, if one is being made
 * @param enquiryMadeBy who makes the enquiry: the council or a body caused to make it
 * @param adult the adult at risk, required
 * @param previousConcerns dates of earlier safeguarding concerns about this adult (for repeat concerns)
 * @param concerns the concerns raised in this case
 * @param s42 the s.42 criteria and decision
 * @param conversation the MSP conversation: asked, explained, revisited
 * @param desiredOutcomes what the adult (or their representative) wants to happen
 * @param capacityAssessments decision-specific capacity assessments
 * @param decisions the adult's own decisions that others see as unwise or risky
 * @param bestInterestsDecisions best-interests decisions made for the adult
 * @param network the people around the adult
 * @param advocacy substantial difficulty and independent advocacy
 * @param consent consent, refusals and information sharing
 * @param risk the risk assessment
 * @param actions proposed and taken actions
 * @param referrals referrals made to other agencies
 * @param meetings meetings held
 * @param agencies the agencies involved (names or codes)
 * @param leadProfessional the named lead professional
 * @param liberty any restriction of liberty and its authorisation
 * @param closure closure and SAC recording
 * @param sar Safeguarding Adults Review considerations
 */
public record SafeguardingCase(
        String id,
        Stage stage,
        CaseDates dates,
        EnquiryType enquiryType,
        EnquiryMaker enquiryMadeBy,
        Adult adult,
        List<LocalDate> previousConcerns,
        List<Concern> concerns,
        S42Criteria s42,
        MspConversation conversation,
        List<DesiredOutcome> desiredOutcomes,
        List<CapacityAssessment> capacityAssessments,
        List<AdultDecision> decisions,
        List<BestInterestsDecision> bestInterestsDecisions,
        List<NetworkPerson> network,
        Advocacy advocacy,
        Consent consent,
        RiskAssessment risk,
        List<Action> actions,
        List<Referral> referrals,
        List<Meeting> meetings,
        List<String> agencies,
        String leadProfessional,
        LibertyRestriction liberty,
        Closure closure,
        SarConsideration sar) {

    public SafeguardingCase {
        previousConcerns = Lists.copy(previousConcerns);
        concerns = Lists.copy(concerns);
        desiredOutcomes = Lists.copy(desiredOutcomes);
        capacityAssessments = Lists.copy(capacityAssessments);
        decisions = Lists.copy(decisions);
        bestInterestsDecisions = Lists.copy(bestInterestsDecisions);
        network = Lists.copy(network);
        actions = Lists.copy(actions);
        referrals = Lists.copy(referrals);
        meetings = Lists.copy(meetings);
        agencies = Lists.copy(agencies);
        dates = dates == null ? CaseDates.NONE : dates;
        s42 = s42 == null ? S42Criteria.NONE : s42;
        conversation = conversation == null ? MspConversation.NONE : conversation;
        advocacy = advocacy == null ? Advocacy.NONE : advocacy;
        consent = consent == null ? Consent.NONE : consent;
        risk = risk == null ? RiskAssessment.NONE : risk;
        liberty = liberty == null ? LibertyRestriction.NONE : liberty;
        closure = closure == null ? Closure.NONE : closure;
        sar = sar == null ? SarConsideration.NONE : sar;
    }

    /** Starts a builder for a case with the given id, stage and adult; handy in tests and host mappers. */
    public static Builder builder(String id, Stage stage, Adult adult) {
        return new Builder(id, stage, adult);
    }

    /** Whether the case has reached at least the given stage. */
    public boolean isAtLeast(Stage other) {
        return stage != null && stage.compareTo(other) >= 0;
    }

    /**
     * The assessment that settles the adult's capacity for {@code topic}: the latest completed assessment for that
     * topic (by date; one without a date counts as older than any dated one; between equals, the later in the list).
     * This is the one definition of capacity by topic that the rules, the SAC row and the report all use: the
     * adult lacks capacity for a topic only where this assessment concludes so; with no completed assessment
     * for the topic the adult is presumed to have capacity for it (Mental Capacity Act 2005 s.1(2), s.2(1)).
     *
     * @param topic the topic; never null
     * @return the deciding assessment, or null where none is completed for the topic
     * @since 0.2.0
     */
    public CapacityAssessment latestCompletedAssessment(DecisionTopic topic) {
        java.util.Objects.requireNonNull(topic, "topic must not be null");
        CapacityAssessment latest = null;
        for (CapacityAssessment a : capacityAssessments) {
            if (!a.completed() || a.topicOrOther() != topic) continue;
            if (latest == null || latest.date() == null || (a.date() != null && !a.date().isBefore(latest.date()))) {
                latest = a;
            }
        }
        return latest;
    }

    /**
     * Whether the adult lacks capacity for {@code topic}: the {@linkplain #latestCompletedAssessment(DecisionTopic)
     * deciding assessment} concludes so. The general label {@link Adult#capacity()} plays no part.
     *
     * @param topic the topic; never null
     * @return whether the adult lacks capacity for it
     * @since 0.2.0
     */
    public boolean lacksCapacityFor(DecisionTopic topic) {
        CapacityAssessment a = latestCompletedAssessment(topic);
        return a != null && a.conclusion() == CapacityConclusion.LACKS_CAPACITY;
    }

    /**
     * For each topic the adult lacks capacity for, the assessment that settles it
     * ({@link #latestCompletedAssessment(DecisionTopic)} concluding so), in topic order.
     *
     * @return the settling assessments; never null, empty where the adult is presumed to have capacity for every topic
     * @since 0.2.0
     */
    public List<CapacityAssessment> assessmentsSettlingIncapacity() {
        List<CapacityAssessment> out = new java.util.ArrayList<>();
        for (DecisionTopic t : DecisionTopic.values()) {
            CapacityAssessment a = latestCompletedAssessment(t);
            if (a != null && a.conclusion() == CapacityConclusion.LACKS_CAPACITY) out.add(a);
        }
        return List.copyOf(out);
    }

    /** A builder for cases, so hosts and tests need not pass twenty-six arguments. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private final Stage stage;
        private final Adult adult;
        private CaseDates dates;
        private EnquiryType enquiryType;
        private EnquiryMaker enquiryMadeBy;
        private List<LocalDate> previousConcerns = List.of();
        private List<Concern> concerns = List.of();
        private S42Criteria s42;
        private MspConversation conversation;
        private List<DesiredOutcome> desiredOutcomes = List.of();
        private List<CapacityAssessment> capacityAssessments = List.of();
        private List<AdultDecision> decisions = List.of();
        private List<BestInterestsDecision> bestInterestsDecisions = List.of();
        private List<NetworkPerson> network = List.of();
        private Advocacy advocacy;
        private Consent consent;
        private RiskAssessment risk;
        private List<Action> actions = List.of();
        private List<Referral> referrals = List.of();
        private List<Meeting> meetings = List.of();
        private List<String> agencies = List.of();
        private String leadProfessional;
        private LibertyRestriction liberty;
        private Closure closure;
        private SarConsideration sar;

        private Builder(String id, Stage stage, Adult adult) {
            this.id = id;
            this.stage = stage;
            this.adult = adult;
        }

        public Builder dates(CaseDates v) { dates = v; return this; }
        public Builder enquiryType(EnquiryType v) { enquiryType = v; return this; }
        public Builder enquiryMadeBy(EnquiryMaker v) { enquiryMadeBy = v; return this; }
        public Builder previousConcerns(List<LocalDate> v) { previousConcerns = v; return this; }
        public Builder concerns(List<Concern> v) { concerns = v; return this; }
        public Builder s42(S42Criteria v) { s42 = v; return this; }
        public Builder conversation(MspConversation v) { conversation = v; return this; }
        public Builder desiredOutcomes(List<DesiredOutcome> v) { desiredOutcomes = v; return this; }
        public Builder capacityAssessments(List<CapacityAssessment> v) { capacityAssessments = v; return this; }
        public Builder decisions(List<AdultDecision> v) { decisions = v; return this; }
        public Builder bestInterestsDecisions(List<BestInterestsDecision> v) { bestInterestsDecisions = v; return this; }
        public Builder network(List<NetworkPerson> v) { network = v; return this; }
        public Builder advocacy(Advocacy v) { advocacy = v; return this; }
        public Builder consent(Consent v) { consent = v; return this; }
        public Builder risk(RiskAssessment v) { risk = v; return this; }
        public Builder actions(List<Action> v) { actions = v; return this; }
        public Builder referrals(List<Referral> v) { referrals = v; return this; }
        public Builder meetings(List<Meeting> v) { meetings = v; return this; }
        public Builder agencies(List<String> v) { agencies = v; return this; }
        public Builder leadProfessional(String v) { leadProfessional = v; return this; }
        public Builder liberty(LibertyRestriction v) { liberty = v; return this; }
        public Builder closure(Closure v) { closure = v; return this; }
        public Builder sar(SarConsideration v) { sar = v; return this; }

        public SafeguardingCase build() {
            return new SafeguardingCase(id, stage, dates, enquiryType, enquiryMadeBy, adult, previousConcerns,
                    concerns, s42, conversation, desiredOutcomes, capacityAssessments, decisions,
                    bestInterestsDecisions, network, advocacy, consent, risk, actions, referrals, meetings, agencies,
                    leadProfessional, liberty, closure, sar);
        }
    }
}
