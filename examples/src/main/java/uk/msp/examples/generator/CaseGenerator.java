package uk.msp.examples.generator;

import static java.time.temporal.ChronoUnit.DAYS;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.msp.model.Ability;
import uk.msp.model.Achievement;
import uk.msp.model.Action;
import uk.msp.model.ActionStatus;
import uk.msp.model.ActionType;
import uk.msp.model.Adult;
import uk.msp.model.AdultDecision;
import uk.msp.model.Advocacy;
import uk.msp.model.AdvocacyDecision;
import uk.msp.model.Advocate;
import uk.msp.model.AdvocateBasis;
import uk.msp.model.AdvocateStatus;
import uk.msp.model.AssessmentStatus;
import uk.msp.model.AtRisk;
import uk.msp.model.BestInterestsDecision;
import uk.msp.model.CapacityAssessment;
import uk.msp.model.CapacityConclusion;
import uk.msp.model.CapacityDoubt;
import uk.msp.model.CapacityReason;
import uk.msp.model.CapacityView;
import uk.msp.model.DecisionTopic;
import uk.msp.model.CaseDates;
import uk.msp.model.Closure;
import uk.msp.model.ConclusionBasis;
import uk.msp.model.Concern;
import uk.msp.model.Consent;
import uk.msp.model.Consultee;
import uk.msp.model.DesiredOutcome;
import uk.msp.model.Difficulty;
import uk.msp.model.EnquiryMaker;
import uk.msp.model.EnquiryType;
import uk.msp.model.LibertyAuthorisation;
import uk.msp.model.LibertyRestriction;
import uk.msp.model.Meeting;
import uk.msp.model.MeetingType;
import uk.msp.model.MspConversation;
import uk.msp.model.NetworkPerson;
import uk.msp.model.OutcomeCategory;
import uk.msp.model.PersonAlleged;
import uk.msp.model.PersonRole;
import uk.msp.model.PracticableStep;
import uk.msp.model.PrimarySupportReason;
import uk.msp.model.ProtectionFactor;
import uk.msp.model.Referral;
import uk.msp.model.ReferralTarget;
import uk.msp.model.Relationship;
import uk.msp.model.RiskAssessment;
import uk.msp.model.RiskIndicator;
import uk.msp.model.RiskLevel;
import uk.msp.model.RiskLocation;
import uk.msp.model.RiskSource;
import uk.msp.model.RiskType;
import uk.msp.model.S42Criteria;
import uk.msp.model.S42Decision;
import uk.msp.model.SacActionResult;
import uk.msp.model.SacAsked;
import uk.msp.model.SacLackedCapacity;
import uk.msp.model.SacRiskOutcome;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.SarConsideration;
import uk.msp.model.ScreenOutReason;
import uk.msp.model.Stage;
import uk.msp.model.Tristate;
import uk.msp.model.Voice;
import uk.msp.rules.CaseJson;

/**
 * Makes synthetic safeguarding cases for demonstrations, reports and benchmarks: invented people, no real data.
 *
 * <p>The same count and seed give the same cases, in the same order ({@link Random} seeded once, enums walked in
 * declared order). Every case is valid as of {@link #AS_OF}: all dates on or before it, adults 18 or over, and every
 * reference (an action's outcomes, best-interests decision and capacity assessment) names something in the case.
 * The spread is roughly that of the national Safeguarding Adults Collection (risk types, locations, sources, stages,
 * SAC closure values), with a share of cases that show the practice gaps the rules look for.
 *
 * <p>Thread-safe: holds no state.
 */
public final class CaseGenerator {
    /** The date every generated case is valid as of: evaluate them as of this date or later. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    private static final ObjectMapper JSON_LINE = CaseJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    /** A generator; it holds no state, so one can be shared. */
    public CaseGenerator() {}

    /**
     * Generates cases.
     *
     * @param n how many; zero or more
     * @param seed the seed: the same n and seed give the same cases
     * @return the cases, ids {@code SYN-00001} upwards; never null
     */
    public List<SafeguardingCase> generate(int n, long seed) {
        if (n < 0) throw new IllegalArgumentException("count must not be negative: " + n);
        Random rnd = new Random(seed);
        List<SafeguardingCase> cases = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) cases.add(new OneCase(rnd, String.format("SYN-%05d", i)).build());
        return cases;
    }

    /** One case as a single line of JSON (the case format, fields not recorded left out), without a line break. */
    public static String jsonLine(SafeguardingCase c) {
        Objects.requireNonNull(c, "case must not be null");
        try {
            return JSON_LINE.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write case " + c.id(), e);
        }
    }

    /** Writes cases as JSON lines, one case a line, UTF-8, each line ending in {@code \n}. */
    public static void writeJsonLines(List<SafeguardingCase> cases, Path file) throws IOException {
        Objects.requireNonNull(cases, "cases must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SafeguardingCase c : cases) w.write(jsonLine(c) + "\n");
        }
    }

    /** Weighted choice: values and weights side by side. */
    private record Weighted<T>(List<T> values, int[] weights) {
        T pick(Random rnd) {
            int total = 0;
            for (int w : weights) total += w;
            int r = rnd.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                r -= weights[i];
                if (r < 0) return values.get(i);
            }
            throw new IllegalStateException("unreachable");
        }
    }

    private static <T> Weighted<T> weighted(List<T> values, int... weights) {
        if (values.size() != weights.length) throw new IllegalArgumentException("values and weights differ in length");
        return new Weighted<>(values, weights);
    }

    // Approximate shares of concluded s.42 enquiries in the Safeguarding Adults Collection (for realism only).
    private static final Weighted<RiskType> RISK_TYPES = weighted(List.of(RiskType.values()),
            /* physical */ 19, /* sexual */ 4, /* psychological */ 14, /* financial */ 15, /* discriminatory */ 1,
            /* organisational */ 5, /* neglect */ 32, /* domestic */ 7, /* sexual exploitation */ 1,
            /* modern slavery */ 1, /* self-neglect */ 9);
    private static final Weighted<RiskLocation> LOCATIONS = weighted(List.of(RiskLocation.values()),
            /* own home */ 47, /* community */ 6, /* community service */ 3, /* nursing */ 12, /* residential */ 17,
            /* acute */ 4, /* mental health */ 3, /* community hospital */ 1, /* other */ 7);
    private static final Weighted<PrimarySupportReason> SUPPORT_REASONS = weighted(List.of(PrimarySupportReason.values()),
            /* physical */ 45, /* sensory */ 2, /* memory */ 17, /* learning disability */ 12, /* mental health */ 14,
            /* social */ 5, /* none */ 3, /* not known */ 2);
    private static final Weighted<Stage> STAGES = weighted(List.of(Stage.CONCERN, Stage.S42_DECISION, Stage.ENQUIRY,
            Stage.PLAN, Stage.CLOSED), 6, 6, 18, 15, 55);
    private static final Weighted<RiskLevel> RISK_LEVELS = weighted(List.of(RiskLevel.values()), 25, 42, 26, 7);
    private static final Weighted<Achievement> ACHIEVED = weighted(List.of(Achievement.values()), 68, 24, 8);
    private static final Weighted<SacRiskOutcome> RISK_OUTCOMES = weighted(List.of(SacRiskOutcome.values()), 10, 64, 26);
    private static final Weighted<EnquiryMaker> MAKERS = weighted(List.of(EnquiryMaker.values()), 80, 10, 5, 3, 2);
    private static final List<String> AGENCIES = List.of("NHS trust", "police", "care provider", "housing",
            "GP practice", "community mental health team", "fire service");

    /** Builds one case; draws from the shared random in a fixed order. */
    private static final class OneCase {
        private final Random rnd;
        private final String id;
        private Stage stage;
        private LocalDate raised;
        private LocalDate s42Date;
        private LocalDate enquiryStarted;
        private LocalDate planAgreed;
        private LocalDate closed;
        private LocalDate lastProgress;
        private S42Decision decision;
        private RiskType mainType;
        private CapacityView capacity;
        private boolean goodPractice;

        OneCase(Random rnd, String id) {
            this.rnd = rnd;
            this.id = id;
        }

        boolean chance(double p) {
            return rnd.nextDouble() < p;
        }

        int between(int lo, int hi) {
            return lo + rnd.nextInt(hi - lo + 1);
        }

        <T> T any(List<T> values) {
            return values.get(rnd.nextInt(values.size()));
        }

        /** A day after {@code from} by 0 to {@code maxDays}, never after {@link #AS_OF}. */
        LocalDate after(LocalDate from, int minDays, int maxDays) {
            LocalDate d = from.plusDays(between(minDays, maxDays));
            return d.isAfter(AS_OF) ? AS_OF : d;
        }

        SafeguardingCase build() {
            stage = STAGES.pick(rnd);
            goodPractice = chance(0.55);
            timeline();
            Adult adult = adult();
            List<Concern> concerns = concerns();
            S42Criteria s42 = s42();
            EnquiryType enquiryType = decision == null ? null : switch (decision) {
                case S42_ENQUIRY -> EnquiryType.S42;
                case OTHER_ENQUIRY -> EnquiryType.OTHER;
                case NO_ENQUIRY -> EnquiryType.NONE;
            };
            boolean enquiry = enquiryType == EnquiryType.S42 || enquiryType == EnquiryType.OTHER;
            MspConversation conversation = conversation();
            List<DesiredOutcome> outcomes = outcomes(conversation);
            List<CapacityAssessment> assessments = assessments();
            List<AdultDecision> decisions = decisions();
            boolean lacks = capacity == CapacityView.LACKS_CAPACITY
                    || assessments.stream().anyMatch(CapacityAssessment::concludesLacksCapacity);
            List<BestInterestsDecision> bestInterests = lacks && enquiry && chance(0.7) ? bestInterests() : List.of();
            List<NetworkPerson> network = network(concerns, lacks);
            Advocacy advocacy = advocacy(lacks, network);
            Consent consent = consent(concerns);
            RiskAssessment risk = enquiry && stage.compareTo(Stage.ENQUIRY) >= 0 ? risk() : null;
            List<Action> actions = enquiry && stage.compareTo(Stage.ENQUIRY) >= 0
                    ? actions(risk, outcomes, bestInterests, assessments, lacks, consent) : List.of();
            SafeguardingCase.Builder b = SafeguardingCase.builder(id, stage, adult)
                    .dates(new CaseDates(raised, s42Date, enquiryStarted, planAgreed, closed, lastProgress, null))
                    .enquiryType(enquiryType)
                    .enquiryMadeBy(enquiry ? MAKERS.pick(rnd) : null)
                    .previousConcerns(previousConcerns())
                    .concerns(concerns)
                    .s42(s42)
                    .conversation(conversation)
                    .desiredOutcomes(outcomes)
                    .capacityAssessments(assessments)
                    .decisions(decisions)
                    .bestInterestsDecisions(bestInterests)
                    .network(network)
                    .advocacy(advocacy)
                    .consent(consent)
                    .risk(risk)
                    .actions(actions)
                    .referrals(enquiry ? referrals(concerns, risk) : List.of())
                    .meetings(enquiry ? meetings(risk, bestInterests) : List.of())
                    .agencies(agencies())
                    .leadProfessional(stage.compareTo(Stage.ENQUIRY) >= 0 ? any(List.of("social worker", "senior practitioner", "safeguarding lead")) : null)
                    .liberty(liberty(concerns, lacks))
                    .sar(sar());
            if (stage == Stage.CLOSED) b.closure(closure(enquiry, conversation, outcomes, risk, actions, lacks, advocacy));
            return b.build();
        }

        private void timeline() {
            // Open cases are recent; closed ones reach back up to about eighteen months.
            int age = switch (stage) {
                case CONCERN -> between(0, 6);
                case S42_DECISION -> between(2, 20);
                case ENQUIRY -> between(10, 120);
                case PLAN -> between(30, 240);
                default -> between(20, 540);
            };
            raised = AS_OF.minusDays(age);
            if (stage == Stage.CONCERN) return;
            s42Date = after(raised, 0, 4);
            decision = weighted(List.of(S42Decision.values()), 72, 16, 12).pick(rnd);
            if (decision == S42Decision.NO_ENQUIRY && (stage == Stage.ENQUIRY || stage == Stage.PLAN)) stage = Stage.CLOSED;
            boolean enquiry = decision != S42Decision.NO_ENQUIRY;
            if (enquiry && stage.compareTo(Stage.ENQUIRY) >= 0) {
                enquiryStarted = after(s42Date, 0, 5);
                LocalDate last = enquiryStarted;
                if (stage.compareTo(Stage.PLAN) >= 0 && (stage == Stage.PLAN || chance(0.6))) {
                    planAgreed = after(enquiryStarted, 7, 45);
                    last = planAgreed;
                }
                if (stage == Stage.CLOSED) {
                    closed = after(last, 5, 70);
                } else {
                    lastProgress = after(last, 0, (int) Math.max(0, DAYS.between(last, AS_OF)));
                }
            } else if (stage == Stage.CLOSED) {
                closed = after(s42Date, 0, 3);
            }
        }

        private Adult adult() {
            int age = switch (weighted(List.of(0, 1, 2, 3), 35, 15, 25, 25).pick(rnd)) {
                case 0 -> between(18, 64);
                case 1 -> between(65, 74);
                case 2 -> between(75, 84);
                default -> between(85, 101);
            };
            LocalDate dob = chance(0.3) ? AS_OF.minusYears(age).minusDays(between(0, 364)) : null;
            PrimarySupportReason psr = SUPPORT_REASONS.pick(rnd);
            boolean cognitive = psr == PrimarySupportReason.SUPPORT_WITH_MEMORY_AND_COGNITION
                    || psr == PrimarySupportReason.LEARNING_DISABILITY_SUPPORT || (age >= 85 && chance(0.3));
            capacity = cognitive
                    ? weighted(List.of(CapacityView.ASSUMED, CapacityView.HAS_CAPACITY, CapacityView.LACKS_CAPACITY), 30, 15, 55).pick(rnd)
                    : weighted(List.of(CapacityView.ASSUMED, CapacityView.HAS_CAPACITY, CapacityView.LACKS_CAPACITY), 80, 12, 8).pick(rnd);
            if (chance(0.12)) capacity = null;
            List<CapacityDoubt> doubts = new ArrayList<>();
            if (cognitive && chance(0.6)) doubts.add(CapacityDoubt.COGNITIVE_IMPAIRMENT);
            if (psr == PrimarySupportReason.MENTAL_HEALTH_SUPPORT && chance(0.3)) doubts.add(CapacityDoubt.MENTAL_HEALTH_CRISIS);
            if (chance(0.05)) doubts.add(CapacityDoubt.SUBSTANCE_MISUSE);
            boolean open = stage.compareTo(Stage.ENQUIRY) >= 0;
            return new Adult("P-" + between(10_000, 99_999), dob, dob == null ? age : null,
                    psr != PrimarySupportReason.NO_SUPPORT_REASON ? Boolean.TRUE : null, psr,
                    null, null, null,
                    open ? chance(0.9) : null, open && chance(0.7) ? chance(0.8) : null, null,
                    chance(0.04) ? Boolean.TRUE : null,
                    open && chance(0.7) ? Boolean.TRUE : null, open && chance(0.6) ? Boolean.TRUE : null,
                    capacity, doubts, cognitive && chance(0.15) ? Boolean.TRUE : null,
                    cognitive ? Boolean.TRUE : null, cognitive ? chance(0.8) : null, null);
        }

        private List<Concern> concerns() {
            List<Concern> concerns = new ArrayList<>();
            int n = chance(0.15) ? 2 : 1;
            for (int i = 1; i <= n; i++) {
                List<RiskType> types = new ArrayList<>();
                types.add(RISK_TYPES.pick(rnd));
                if (chance(0.2)) {
                    RiskType second = RISK_TYPES.pick(rnd);
                    if (!types.contains(second)) types.add(second);
                }
                if (i == 1) mainType = types.get(0);
                RiskLocation location = types.contains(RiskType.ORGANISATIONAL_ABUSE)
                        ? any(List.of(RiskLocation.CARE_HOME_NURSING, RiskLocation.CARE_HOME_RESIDENTIAL, RiskLocation.HOSPITAL_ACUTE))
                        : types.contains(RiskType.SELF_NEGLECT) || types.contains(RiskType.DOMESTIC_ABUSE)
                        ? RiskLocation.OWN_HOME : LOCATIONS.pick(rnd);
                boolean inCare = location.name().startsWith("CARE_HOME") || location.name().startsWith("HOSPITAL")
                        || location == RiskLocation.COMMUNITY_SERVICE;
                RiskSource source = types.contains(RiskType.SELF_NEGLECT) ? RiskSource.OTHER_KNOWN_TO_INDIVIDUAL
                        : inCare && chance(0.75) ? RiskSource.SERVICE_PROVIDER
                        : weighted(List.of(RiskSource.values()), 20, 70, 10).pick(rnd);
                PersonAlleged alleged = alleged(types, source);
                boolean crime = types.contains(RiskType.PHYSICAL_ABUSE) || types.contains(RiskType.SEXUAL_ABUSE)
                        || types.contains(RiskType.MODERN_SLAVERY) || types.contains(RiskType.FINANCIAL_OR_MATERIAL_ABUSE);
                boolean coercion = (types.contains(RiskType.FINANCIAL_OR_MATERIAL_ABUSE) || types.contains(RiskType.DOMESTIC_ABUSE)
                        || types.contains(RiskType.MODERN_SLAVERY) || types.contains(RiskType.SEXUAL_EXPLOITATION)) && chance(0.3);
                concerns.add(new Concern("C-" + i, i == 1 ? raised : after(raised, 0, 3), types, location, source, alleged,
                        chance(0.03) ? Boolean.TRUE : null,
                        types.contains(RiskType.PHYSICAL_ABUSE) || types.contains(RiskType.DOMESTIC_ABUSE) ? chance(0.5) : null,
                        null, crime ? chance(0.4) : null, coercion ? Boolean.TRUE : null,
                        source == RiskSource.SERVICE_PROVIDER && chance(0.4) ? List.of(AtRisk.OTHER_RESIDENTS) : List.of(),
                        indicators(types), null, null));
            }
            return concerns;
        }

        private PersonAlleged alleged(List<RiskType> types, RiskSource source) {
            if (types.contains(RiskType.SELF_NEGLECT) && types.size() == 1) return null;
            Relationship rel = switch (source) {
                case SERVICE_PROVIDER -> any(List.of(Relationship.PAID_CARER, Relationship.PROVIDER));
                case OTHER_UNKNOWN_TO_INDIVIDUAL -> Relationship.STRANGER;
                default -> types.contains(RiskType.DOMESTIC_ABUSE)
                        ? any(List.of(Relationship.PARTNER, Relationship.FORMER_PARTNER, Relationship.FAMILY))
                        : weighted(List.of(Relationship.FAMILY, Relationship.PARTNER, Relationship.FRIEND, Relationship.NEIGHBOUR,
                        Relationship.OTHER), 55, 15, 12, 10, 8).pick(rnd);
            };
            List<PersonRole> roles = new ArrayList<>();
            if (types.contains(RiskType.FINANCIAL_OR_MATERIAL_ABUSE) && rel == Relationship.FAMILY && chance(0.35)) {
                roles.add(PersonRole.ATTORNEY_PROPERTY_AND_FINANCE);
            }
            if (rel == Relationship.PAID_CARER && chance(0.5)) roles.add(PersonRole.POSITION_OF_TRUST);
            String allegedId = rel == Relationship.FAMILY || rel == Relationship.PARTNER ? "N-1" : null;
            return new PersonAlleged(allegedId, rel, roles, chance(0.1) ? Boolean.TRUE : null, null);
        }

        private List<RiskIndicator> indicators(List<RiskType> types) {
            List<RiskIndicator> out = new ArrayList<>();
            for (RiskType t : types) {
                List<RiskIndicator> candidates = switch (t) {
                    case SELF_NEGLECT -> List.of(RiskIndicator.HOARDING, RiskIndicator.SQUALOR,
                            RiskIndicator.FIRE_RISK_SMOKING_WITH_CLUTTER, RiskIndicator.REFUSES_CARE);
                    case NEGLECT_AND_ACTS_OF_OMISSION -> List.of(RiskIndicator.PRESSURE_DAMAGE, RiskIndicator.MISSED_MEDICATION,
                            RiskIndicator.WEIGHT_LOSS_OR_MALNUTRITION, RiskIndicator.SEVERE_FRAILTY);
                    case PHYSICAL_ABUSE -> List.of(RiskIndicator.VIOLENCE, RiskIndicator.SERIOUS_UNEXPLAINED_INJURY);
                    case DOMESTIC_ABUSE -> List.of(RiskIndicator.VIOLENCE, RiskIndicator.THREATS_TO_KILL, RiskIndicator.STRANGULATION);
                    default -> List.of();
                };
                for (RiskIndicator ri : candidates) {
                    if (chance(0.3) && !out.contains(ri)) out.add(ri);
                }
            }
            return out;
        }

        private S42Criteria s42() {
            if (decision == null) return null;
            List<ProtectionFactor> factors = new ArrayList<>();
            for (ProtectionFactor f : ProtectionFactor.values()) if (chance(0.15)) factors.add(f);
            if (decision == S42Decision.NO_ENQUIRY) {
                ScreenOutReason reason = weighted(List.of(ScreenOutReason.NOT_ABUSE_OR_NEGLECT, ScreenOutReason.ADULT_HAS_CAPACITY,
                        ScreenOutReason.NO_CARE_AND_SUPPORT_NEEDS, ScreenOutReason.DEALT_WITH_ELSEWHERE), 40, 25, 15, 20).pick(rnd);
                return new S42Criteria(reason == ScreenOutReason.NO_CARE_AND_SUPPORT_NEEDS ? Tristate.NOT_MET : Tristate.MET,
                        reason == ScreenOutReason.NOT_ABUSE_OR_NEGLECT ? Tristate.NOT_MET : Tristate.MET,
                        reason == ScreenOutReason.ADULT_HAS_CAPACITY ? Tristate.NOT_MET : Tristate.UNKNOWN,
                        factors, decision, "Screened out at triage; reasons recorded (synthetic case).", List.of(reason), null, null);
            }
            return new S42Criteria(Tristate.MET, Tristate.MET, decision == S42Decision.S42_ENQUIRY ? Tristate.MET : Tristate.UNKNOWN,
                    factors, decision, "Criteria considered with the adult; see the concern (synthetic case).", List.of(), null, null);
        }

        private MspConversation conversation() {
            if (stage.compareTo(Stage.S42_DECISION) < 0) {
                return chance(0.4) ? new MspConversation(after(raised, 0, 2), Voice.ADULT, null, null, null, null, null, null, null, null)
                        : null;
            }
            LocalDate asked;
            double r = rnd.nextDouble();
            if (r < (goodPractice ? 0.85 : 0.55)) asked = after(raised, 0, (int) DAYS.between(raised, s42Date));
            else if (r < (goodPractice ? 0.97 : 0.8)) asked = after(s42Date, 1, 30);
            else asked = null;
            Voice of = capacity == CapacityView.LACKS_CAPACITY
                    ? weighted(List.of(Voice.ADULT, Voice.REPRESENTATIVE, Voice.ADVOCATE, Voice.RELATIVE), 40, 25, 20, 15).pick(rnd)
                    : Voice.ADULT;
            boolean open = stage.compareTo(Stage.ENQUIRY) >= 0;
            double p = goodPractice ? 0.95 : 0.6;
            return new MspConversation(asked, asked == null ? null : of, null,
                    asked != null && open && chance(0.5) ? after(asked, 7, 60) : null,
                    chance(p) ? Boolean.TRUE : null, chance(p) ? Boolean.TRUE : null,
                    chance(p) ? Boolean.TRUE : null, chance(p) ? Boolean.TRUE : null, null, null);
        }

        private List<DesiredOutcome> outcomes(MspConversation conversation) {
            if (conversation == null || conversation.outcomesAskedOn() == null) return List.of();
            if (chance(0.12)) {
                return List.of(new DesiredOutcome("O-1", OutcomeCategory.NONE_SATISFIED, "I'm happy as things are.",
                        conversation.outcomesAskedOf(), null, null, null));
            }
            List<OutcomeCategory> pool = switch (mainType) {
                case DOMESTIC_ABUSE -> List.of(OutcomeCategory.FEEL_SAFER, OutcomeCategory.PERSON_TO_STAY_AWAY,
                        OutcomeCategory.ACCESS_TO_JUSTICE, OutcomeCategory.KNOW_WHERE_TO_GET_HELP, OutcomeCategory.KEEP_RELATIONSHIP);
                case FINANCIAL_OR_MATERIAL_ABUSE -> List.of(OutcomeCategory.STOP_THE_ABUSE, OutcomeCategory.OPG_INVESTIGATION,
                        OutcomeCategory.ACCESS_TO_JUSTICE, OutcomeCategory.HELP_TO_PROTECT_SELF, OutcomeCategory.KEEP_RELATIONSHIP);
                case SELF_NEGLECT -> List.of(OutcomeCategory.ACCESS_TO_SUPPORT, OutcomeCategory.BE_INVOLVED,
                        OutcomeCategory.FEEL_MORE_CONFIDENT, OutcomeCategory.OTHER);
                case ORGANISATIONAL_ABUSE, NEGLECT_AND_ACTS_OF_OMISSION -> List.of(OutcomeCategory.CHANGE_TO_CARE_PLAN,
                        OutcomeCategory.ASSURANCE_NOT_AGAIN, OutcomeCategory.APOLOGY, OutcomeCategory.BE_TOLD_FINDINGS,
                        OutcomeCategory.REPORT_TO_REGULATOR);
                default -> List.of(OutcomeCategory.FEEL_SAFER, OutcomeCategory.STOP_THE_ABUSE, OutcomeCategory.NO_FURTHER_CONTACT,
                        OutcomeCategory.BE_INVOLVED, OutcomeCategory.KNOW_WHERE_TO_GET_HELP, OutcomeCategory.MAKE_MORE_FRIENDS);
            };
            List<DesiredOutcome> out = new ArrayList<>();
            int n = between(1, 3);
            for (int i = 0; i < n; i++) {
                OutcomeCategory cat = any(pool);
                if (out.stream().anyMatch(o -> o.category() == cat)) continue;
                Achievement achieved = stage == Stage.CLOSED && chance(0.94) ? ACHIEVED.pick(rnd) : null;
                out.add(new DesiredOutcome("O-" + (out.size() + 1), cat, words(cat), conversation.outcomesAskedOf(),
                        chance(0.85) ? Boolean.TRUE : chance(0.5) ? Boolean.FALSE : null, chance(0.7) ? Boolean.TRUE : null, achieved));
            }
            return out;
        }

        private String words(OutcomeCategory cat) {
            return switch (cat) {
                case FEEL_SAFER -> "I want to feel safe at home again.";
                case PERSON_TO_STAY_AWAY -> "I want them to stay away from me.";
                case STOP_THE_ABUSE -> "I just want it to stop.";
                case NO_FURTHER_CONTACT -> "I don't want that carer coming any more.";
                case ACCESS_TO_JUSTICE -> "I want the police to deal with it.";
                case KNOW_WHERE_TO_GET_HELP -> "Tell me who to ring if it happens again.";
                case KEEP_RELATIONSHIP -> "I don't want to lose my family over this.";
                case OPG_INVESTIGATION -> "Someone should check what they did with my money.";
                case HELP_TO_PROTECT_SELF -> "Help me keep my bank card safe.";
                case ACCESS_TO_SUPPORT -> "Some help with the house, but on my terms.";
                case BE_INVOLVED -> "I want a say in what happens.";
                case FEEL_MORE_CONFIDENT -> "I want to feel more like myself.";
                case CHANGE_TO_CARE_PLAN -> "Carers who turn up on time and know me.";
                case ASSURANCE_NOT_AGAIN -> "Make sure it doesn't happen to anyone else.";
                case APOLOGY -> "I'd like them to say sorry.";
                case BE_TOLD_FINDINGS -> "Tell me what you find out.";
                case REPORT_TO_REGULATOR -> "She shouldn't be nursing anyone.";
                case MAKE_MORE_FRIENDS -> "I'd like to get out and meet people.";
                default -> "To be left to live my own way.";
            };
        }

        private List<CapacityAssessment> assessments() {
            List<CapacityAssessment> out = new ArrayList<>();
            if (stage.compareTo(Stage.S42_DECISION) < 0) return out;
            LocalDate latest = closed != null ? closed : lastProgress != null ? lastProgress : s42Date;
            String decisionLabel = any(List.of("where to live", "care and support at home", "managing money",
                    "contact with family", "taking part in the enquiry"));
            DecisionTopic topic = topicOf(decisionLabel);
            if (capacity == CapacityView.LACKS_CAPACITY && chance(goodPractice ? 0.9 : 0.6)) {
                // Practice gaps: an unwise decision as the reason, no practicable steps, a condition alone.
                int flaw = goodPractice ? 0 : weighted(List.of(0, 1, 2, 3), 40, 20, 20, 20).pick(rnd);
                boolean old = chance(0.12);
                LocalDate date = old ? raised.minusDays(between(120, 400)) : after(raised, 0, (int) Math.max(0, DAYS.between(raised, latest)));
                boolean functional = flaw == 0 || flaw == 2;
                List<CapacityReason> reasons = switch (flaw) {
                    case 1 -> List.of(CapacityReason.UNWISE_DECISION);
                    case 3 -> List.of(CapacityReason.DIAGNOSIS);
                    default -> List.of(CapacityReason.FUNCTIONAL_INABILITY);
                };
                List<PracticableStep> steps = flaw == 2 ? List.of()
                        : List.of(any(List.of(PracticableStep.CHOSE_BEST_TIME, PracticableStep.ACCESSIBLE_INFORMATION,
                        PracticableStep.SUPPORTER_PRESENT, PracticableStep.REPEATED_EXPLANATION)));
                out.add(new CapacityAssessment("CA-1", decisionLabel, date, any(List.of("social worker", "ward social worker", "community nurse")),
                        AssessmentStatus.COMPLETED,
                        null, functional ? Ability.UNABLE : Ability.ABLE, Ability.ABLE, functional ? Ability.UNABLE : Ability.ABLE, Ability.ABLE,
                        "dementia", flaw == 3 ? null : Boolean.TRUE, steps, reasons, CapacityConclusion.LACKS_CAPACITY,
                        ConclusionBasis.values()[rnd.nextInt(ConclusionBasis.values().length)], null, topic));
            } else if (capacity != CapacityView.LACKS_CAPACITY && chance(0.15)) {
                out.add(new CapacityAssessment("CA-1", decisionLabel, after(raised, 0, 10), "social worker",
                        AssessmentStatus.COMPLETED, null, Ability.ABLE, Ability.ABLE, Ability.ABLE, Ability.ABLE,
                        null, null, List.of(PracticableStep.CHOSE_BEST_TIME), List.of(), CapacityConclusion.HAS_CAPACITY,
                        null, null, topic));
            }
            return out;
        }

        /** The topic a generated decision label is about. */
        private static DecisionTopic topicOf(String label) {
            return switch (label) {
                case "where to live" -> DecisionTopic.RESIDENCE;
                case "care and support at home" -> DecisionTopic.CARE_AND_TREATMENT;
                case "managing money" -> DecisionTopic.FINANCES;
                case "contact with family" -> DecisionTopic.CONTACT;
                case "taking part in the enquiry" -> DecisionTopic.TAKING_PART_IN_ENQUIRY;
                default -> DecisionTopic.OTHER;
            };
        }

        private List<AdultDecision> decisions() {
            if (stage.compareTo(Stage.S42_DECISION) < 0 || !chance(mainType == RiskType.SELF_NEGLECT ? 0.6 : 0.1)) return List.of();
            String label = mainType == RiskType.SELF_NEGLECT ? "care and support at home" : "contact with family";
            List<AdultDecision> out = new ArrayList<>();
            int n = between(1, 3);
            for (int i = 0; i < n; i++) {
                out.add(new AdultDecision(label, raised.minusDays(between(0, 200)), Boolean.TRUE,
                        chance(0.6) ? RiskLevel.HIGH : RiskLevel.MEDIUM, chance(0.5) ? Boolean.TRUE : null, topicOf(label)));
            }
            return out;
        }

        private List<BestInterestsDecision> bestInterests() {
            List<String> options = chance(0.8) ? List.of("support at home with a larger care package") : List.of();
            List<Consultee> consulted = new ArrayList<>(List.of(Consultee.ADULT));
            if (chance(0.7)) consulted.add(Consultee.FAMILY);
            if (chance(0.4)) consulted.add(Consultee.ADVOCATE);
            consulted.add(Consultee.PROFESSIONAL);
            return List.of(new BestInterestsDecision("BI-1", "where to live", after(s42Date, 1, 30), consulted, options,
                    chance(0.85) ? Boolean.TRUE : null, DecisionTopic.RESIDENCE, null, null, null));
        }

        private List<NetworkPerson> network(List<Concern> concerns, boolean lacks) {
            List<NetworkPerson> out = new ArrayList<>();
            PersonAlleged alleged = concerns.get(0).personAlleged();
            boolean allegedInNetwork = alleged != null && "N-1".equals(alleged.id());
            int n = allegedInNetwork ? between(1, 3) : between(0, 2);
            for (int i = 1; i <= n; i++) {
                boolean isAlleged = allegedInNetwork && i == 1;
                Relationship rel = isAlleged ? alleged.relationship() : any(List.of(Relationship.FAMILY, Relationship.FRIEND, Relationship.NEIGHBOUR));
                boolean carer = rel == Relationship.FAMILY && chance(0.5);
                out.add(new NetworkPerson("N-" + i, rel, carer ? List.of(PersonRole.UNPAID_CARER) : List.of(), Boolean.FALSE,
                        isAlleged ? Boolean.TRUE : null, chance(0.8) ? Boolean.TRUE : null, isAlleged ? null : chance(0.7),
                        lacks && !isAlleged && chance(0.4) ? Boolean.TRUE : null, null,
                        carer && chance(0.4) ? Boolean.TRUE : null, carer && chance(0.5) ? Boolean.TRUE : null));
            }
            return out;
        }

        private Advocacy advocacy(boolean lacks, List<NetworkPerson> network) {
            if (!lacks || stage.compareTo(Stage.S42_DECISION) < 0) return null;
            boolean appropriate = network.stream().anyMatch(p -> Boolean.TRUE.equals(p.appropriateIndividual()));
            List<Difficulty> difficulty = List.of(Difficulty.UNDERSTANDING, Difficulty.USING_OR_WEIGHING);
            if (appropriate) return new Advocacy(difficulty, AdvocacyDecision.NOT_NEEDED_APPROPRIATE_INDIVIDUAL, List.of(), null, null, null);
            if (chance(goodPractice ? 0.9 : 0.5)) {
                return new Advocacy(difficulty, AdvocacyDecision.NEEDED,
                        List.of(new Advocate(any(List.of(AdvocateBasis.CARE_ACT, AdvocateBasis.IMCA)),
                                chance(0.75) ? AdvocateStatus.ARRANGED : AdvocateStatus.REFERRED)), null, null, null);
            }
            return new Advocacy(difficulty, null, List.of(), null, null, null);
        }

        private Consent consent(List<Concern> concerns) {
            if (stage.compareTo(Stage.S42_DECISION) < 0) return null;
            boolean declined = capacity != CapacityView.LACKS_CAPACITY && chance(0.08);
            return new Consent(declined ? Boolean.FALSE : chance(0.9) ? Boolean.TRUE : null,
                    chance(0.85) ? Boolean.TRUE : null, declined ? Boolean.TRUE : null,
                    stage.compareTo(Stage.PLAN) >= 0 && chance(0.04) ? Boolean.TRUE : null, null, List.of(), null);
        }

        private RiskAssessment risk() {
            RiskLevel level = chance(0.94) ? RISK_LEVELS.pick(rnd) : null;
            boolean domestic = mainType == RiskType.DOMESTIC_ABUSE;
            Integer dash = domestic && chance(0.7) ? between(3, 22) : null;
            boolean plan = stage.compareTo(Stage.PLAN) >= 0;
            return new RiskAssessment(level, Boolean.TRUE, chance(0.1), after(enquiryStarted, 0, 10), dash,
                    dash != null && dash >= 14 ? Boolean.TRUE : null, plan ? Boolean.TRUE : null,
                    plan ? chance(goodPractice ? 0.95 : 0.6) : null, chance(goodPractice ? 0.9 : 0.5) ? Boolean.TRUE : null,
                    null, null, null, null, null, null, null);
        }

        private List<Action> actions(RiskAssessment risk, List<DesiredOutcome> outcomes, List<BestInterestsDecision> bi,
                                     List<CapacityAssessment> assessments, boolean lacks, Consent consent) {
            List<Action> out = new ArrayList<>();
            if (Boolean.TRUE.equals(consent.declinedEnquiry()) && chance(0.7)) return out;
            List<String> outcomeIds = outcomes.stream().filter(o -> o.category() != OutcomeCategory.NONE_SATISFIED)
                    .map(DesiredOutcome::id).toList();
            RiskLevel level = risk == null || risk.level() == null ? RiskLevel.MEDIUM : risk.level();
            List<ActionType> pool = switch (level) {
                case LOW -> List.of(ActionType.INFORMATION_AND_ADVICE, ActionType.SELF_PROTECTION_SUPPORT, ActionType.SUPPORT_SERVICE);
                case MEDIUM -> List.of(ActionType.SUPPORT_SERVICE, ActionType.MONITORING, ActionType.CARE_PLAN_CHANGE,
                        ActionType.SELF_PROTECTION_SUPPORT, ActionType.REFERRAL);
                case HIGH -> List.of(ActionType.PROTECTION_PLAN, ActionType.CARE_PLAN_CHANGE, ActionType.REFERRAL,
                        ActionType.ACTION_AGAINST_PERSON_ALLEGED, ActionType.MONITORING);
                case CRITICAL -> List.of(ActionType.PROTECTION_PLAN, ActionType.CONTACT_RESTRICTION,
                        ActionType.CHANGE_OF_ACCOMMODATION, ActionType.ACTION_AGAINST_PERSON_ALLEGED);
            };
            int n = between(1, 3);
            LocalDate start = enquiryStarted;
            for (int i = 1; i <= n; i++) {
                ActionType type = any(pool);
                ActionStatus status = stage == Stage.CLOSED
                        ? weighted(List.of(ActionStatus.DONE, ActionStatus.CANCELLED, ActionStatus.DECLINED), 85, 8, 7).pick(rnd)
                        : weighted(List.of(ActionStatus.PROPOSED, ActionStatus.AGREED, ActionStatus.IN_PROGRESS, ActionStatus.DONE), 25, 25, 35, 15).pick(rnd);
                List<String> serves = new ArrayList<>();
                for (String o : outcomeIds) if (chance(goodPractice ? 0.7 : 0.35)) serves.add(o);
                String biId = lacks && !bi.isEmpty() && chance(goodPractice ? 0.95 : 0.6) ? bi.get(0).id() : null;
                String caId = !assessments.isEmpty() && chance(0.5) ? assessments.get(0).id() : null;
                boolean restrictive = type == ActionType.CONTACT_RESTRICTION || type == ActionType.CHANGE_OF_ACCOMMODATION;
                out.add(new Action("A-" + i, type, status, chance(0.7) ? "Care Act 2014 s.42" : null,
                        chance(0.8) ? "Reduce the risk in the way the adult wants (synthetic case)." : null,
                        restrictive && chance(0.6) ? List.of("more support at home") : List.of(), null, serves,
                        any(List.of("social worker", "care provider manager", "police", "community nurse")),
                        after(start, 7, 60), restrictive ? after(start, 30, 90) : null, restrictive ? Boolean.TRUE : null,
                        biId, caId, null, null, null, null));
            }
            return out;
        }

        private List<Referral> referrals(List<Concern> concerns, RiskAssessment risk) {
            List<Referral> out = new ArrayList<>();
            Concern c = concerns.get(0);
            LocalDate from = s42Date == null ? raised : s42Date;
            if (Boolean.TRUE.equals(c.crimeSuspected()) && chance(0.8)) out.add(new Referral(ReferralTarget.POLICE, after(from, 0, 5), chance(0.7), null));
            if (c.isOfType(RiskType.DOMESTIC_ABUSE) && risk != null && risk.isHighOrCritical()) {
                out.add(new Referral(ReferralTarget.MARAC, after(from, 0, 7), Boolean.TRUE, null));
                out.add(new Referral(ReferralTarget.IDVA, after(from, 0, 7), Boolean.TRUE, null));
            }
            if (c.source() == RiskSource.SERVICE_PROVIDER && chance(0.5)) out.add(new Referral(ReferralTarget.CQC, after(from, 0, 10), null, null));
            if (c.shows(RiskIndicator.FIRE_RISK_SMOKING_WITH_CLUTTER) && chance(0.7)) out.add(new Referral(ReferralTarget.FIRE_SERVICE, after(from, 0, 10), Boolean.TRUE, null));
            if (c.personAlleged() != null && c.personAlleged().holds(PersonRole.ATTORNEY_PROPERTY_AND_FINANCE) && chance(0.6)) {
                out.add(new Referral(ReferralTarget.OPG, after(from, 0, 14), null, null));
            }
            return out;
        }

        private List<Meeting> meetings(RiskAssessment risk, List<BestInterestsDecision> bi) {
            List<Meeting> out = new ArrayList<>();
            if (s42Date == null) return out;
            if (chance(0.5)) out.add(new Meeting(MeetingType.STRATEGY_DISCUSSION, after(s42Date, 0, 5)));
            if (risk != null && risk.isHighOrCritical() && chance(0.7)) out.add(new Meeting(MeetingType.MULTI_AGENCY_RISK, after(s42Date, 3, 20)));
            if (!bi.isEmpty() && chance(0.5)) out.add(new Meeting(MeetingType.BEST_INTERESTS, bi.get(0).date()));
            return out;
        }

        private List<String> agencies() {
            List<String> out = new ArrayList<>(List.of("council adult social care"));
            for (String a : AGENCIES) if (chance(0.2)) out.add(a);
            return out;
        }

        private List<LocalDate> previousConcerns() {
            if (!chance(0.2)) return List.of();
            List<LocalDate> out = new ArrayList<>();
            int n = between(1, 3);
            for (int i = 0; i < n; i++) out.add(raised.minusDays(between(30, 700)));
            out.sort(null);
            return out;
        }

        private LibertyRestriction liberty(List<Concern> concerns, boolean lacks) {
            RiskLocation where = concerns.get(0).location();
            boolean careHome = where == RiskLocation.CARE_HOME_NURSING || where == RiskLocation.CARE_HOME_RESIDENTIAL;
            if (!careHome || !lacks || !chance(0.7)) return null;
            LibertyAuthorisation authorisation = weighted(List.of(LibertyAuthorisation.STANDARD,
                    LibertyAuthorisation.REQUESTED, LibertyAuthorisation.NONE), 55, 35, 10).pick(rnd);
            LocalDate from = authorisation == LibertyAuthorisation.STANDARD ? raised.minusDays(between(0, 200)) : null;
            return new LibertyRestriction(Boolean.TRUE, Boolean.TRUE, authorisation, from, null);
        }

        private SarConsideration sar() {
            if (!chance(0.03)) return null;
            boolean died = chance(0.3);
            return new SarConsideration(died, died ? chance(0.5) : null, died ? null : Boolean.TRUE, chance(0.5), chance(0.5));
        }

        private Closure closure(boolean enquiry, MspConversation conversation, List<DesiredOutcome> outcomes,
                                RiskAssessment risk, List<Action> actions, boolean lacks, Advocacy advocacy) {
            if (!enquiry) return new Closure("Screened out at the s.42 decision (synthetic case).", null, null, null, null,
                    null, null, null, chance(0.6) ? Boolean.TRUE : null, chance(0.8) ? Boolean.TRUE : null, null);
            // Most hosts record the SAC values at closure; the rest leave them to be derived from the case.
            boolean recorded = chance(0.6);
            List<DesiredOutcome> expressed = outcomes.stream().filter(o -> o.category() != OutcomeCategory.NONE_SATISFIED).toList();
            SacAsked asked = null;
            Achievement achieved = null;
            SacActionResult result = null;
            SacLackedCapacity lackedCapacity = null;
            Boolean supported = null;
            if (recorded) {
                asked = conversation == null || conversation.outcomesAskedOn() == null
                        ? weighted(List.of(SacAsked.NO, SacAsked.DONT_KNOW, SacAsked.NOT_RECORDED), 60, 25, 15).pick(rnd)
                        : expressed.isEmpty() ? SacAsked.YES_NO_OUTCOMES_EXPRESSED : SacAsked.YES_OUTCOMES_EXPRESSED;
                if (asked == SacAsked.YES_OUTCOMES_EXPRESSED) achieved = ACHIEVED.pick(rnd);
                boolean taken = actions.stream().anyMatch(Action::taken);
                boolean identified = risk != null && risk.level() != null;
                result = identified ? (taken ? SacActionResult.RISK_IDENTIFIED_ACTION_TAKEN : SacActionResult.RISK_IDENTIFIED_NO_ACTION_TAKEN)
                        : chance(0.5) ? (taken ? SacActionResult.NO_RISK_ACTION_TAKEN : SacActionResult.NO_RISK_NO_ACTION_TAKEN)
                        : (taken ? SacActionResult.INCONCLUSIVE_ACTION_TAKEN : SacActionResult.INCONCLUSIVE_NO_ACTION_TAKEN);
                lackedCapacity = lacks ? SacLackedCapacity.YES : capacity == null ? SacLackedCapacity.DONT_KNOW : SacLackedCapacity.NO;
                if (lacks) supported = advocacy != null && !advocacy.advocates().isEmpty() ? Boolean.TRUE : chance(0.5);
            }
            boolean actionTaken = actions.stream().anyMatch(Action::taken);
            SacRiskOutcome riskOutcome = actionTaken && risk != null && risk.level() != null && chance(0.9) ? RISK_OUTCOMES.pick(rnd) : null;
            return new Closure("Outcomes reviewed with the adult; risk managed (synthetic case).", asked, achieved, result,
                    riskOutcome, lackedCapacity, supported, chance(goodPractice ? 0.9 : 0.5) ? Boolean.TRUE : null,
                    chance(goodPractice ? 0.9 : 0.6) ? Boolean.TRUE : null, chance(0.7) ? Boolean.TRUE : null, null);
        }
    }
}
