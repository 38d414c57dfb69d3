package uk.msp.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

import uk.msp.model.ActionType;
import uk.msp.model.RiskLevel;

/**
 * Local policy values the rules use: days, thresholds and the proportionality table. Immutable; every value has
 * the default the specification gives, so a council changes only what its own procedures set differently.
 *
 * <p>The proportionality table says, for each kind of action, the lowest risk level at which it is proportionate
 * without a recorded justification (rule PRP-01). Its property keys are {@code minimumRisk.<ACTION_TYPE>}.
 *
 * @param capacityAssessmentMaxAgeDays days after which a capacity assessment is treated as stale (MCA-07)
 * @param outcomesAskWithinDays days after the concern by which the adult should have been asked (EMP-02)
 * @param outcomesReviewDays days after which desired outcomes should be revisited (EMP-07)
 * @param repeatConcernThreshold concerns in 12 months that make a pattern (PRE-03)
 * @param s42DecisionDays working days from concern to s.42 decision (S42-06)
 * @param maracThreshold DASH score at which a MARAC referral is due (ABU-02)
 * @param enquiryMaxDays days an enquiry may stay open before drift is flagged (S42-07)
 * @param enquiryIdleDays days without recorded progress before drift is flagged (S42-07)
 * @param minimumRisk the proportionality table: lowest risk level for each action type
 * @since 0.1.0
 */
public record Policy(int capacityAssessmentMaxAgeDays, int outcomesAskWithinDays, int outcomesReviewDays,
                     int repeatConcernThreshold, int s42DecisionDays, int maracThreshold, int enquiryMaxDays,
                     int enquiryIdleDays, Map<ActionType, RiskLevel> minimumRisk) {

    private static final Map<ActionType, RiskLevel> DEFAULT_TABLE = defaultTable();

    /** The defaults of the specification. */
    public static final Policy DEFAULTS = new Policy(90, 5, 28, 3, 2, 14, 60, 14, DEFAULT_TABLE);

    public Policy {
        Objects.requireNonNull(minimumRisk, "minimumRisk must not be null");
        EnumMap<ActionType, RiskLevel> table = new EnumMap<>(DEFAULT_TABLE);
        table.putAll(minimumRisk);
        minimumRisk = java.util.Collections.unmodifiableMap(table);
        List<String> problems = new ArrayList<>();
        range(problems, "capacityAssessmentMaxAgeDays", capacityAssessmentMaxAgeDays, 1, 3650);
        range(problems, "outcomesAskWithinDays", outcomesAskWithinDays, 0, 365);
        range(problems, "outcomesReviewDays", outcomesReviewDays, 1, 365);
        range(problems, "repeatConcernThreshold", repeatConcernThreshold, 2, 100);
        range(problems, "s42DecisionDays", s42DecisionDays, 0, 60);
        range(problems, "maracThreshold", maracThreshold, 1, 27);
        range(problems, "enquiryMaxDays", enquiryMaxDays, 1, 3650);
        range(problems, "enquiryIdleDays", enquiryIdleDays, 1, 3650);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
    }

    private static Map<ActionType, RiskLevel> defaultTable() {
        EnumMap<ActionType, RiskLevel> t = new EnumMap<>(ActionType.class);
        // Supportive responses are proportionate at any level of risk.
        t.put(ActionType.INFORMATION_AND_ADVICE, RiskLevel.LOW);
        t.put(ActionType.SELF_PROTECTION_SUPPORT, RiskLevel.LOW);
        t.put(ActionType.SUPPORT_SERVICE, RiskLevel.LOW);
        t.put(ActionType.MONITORING, RiskLevel.LOW);
        t.put(ActionType.CARE_PLAN_CHANGE, RiskLevel.LOW);
        t.put(ActionType.REFERRAL, RiskLevel.LOW);
        // A formal plan and action about the person alleged answer a real, assessed risk.
        t.put(ActionType.PROTECTION_PLAN, RiskLevel.MEDIUM);
        t.put(ActionType.ACTION_AGAINST_PERSON_ALLEGED, RiskLevel.MEDIUM);
        // Interferences with Art 8 rights: only at high risk without a recorded justification.
        t.put(ActionType.CONTACT_RESTRICTION, RiskLevel.HIGH);
        t.put(ActionType.SHARING_WITHOUT_CONSENT, RiskLevel.HIGH);
        t.put(ActionType.CHANGE_OF_ACCOMMODATION, RiskLevel.HIGH);
        // Art 5 and court: the most intrusive responses, for critical risk.
        t.put(ActionType.RESTRICTION_OF_LIBERTY, RiskLevel.CRITICAL);
        t.put(ActionType.COURT_APPLICATION, RiskLevel.HIGH);
        return java.util.Collections.unmodifiableMap(t);
    }

    private static void range(List<String> problems, String key, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(key + " " + value + " is out of range: allowed " + min + " to " + max);
        }
    }

    /** Whether an action of the given type is proportionate at the given risk level without a justification. */
    public boolean proportionate(ActionType type, RiskLevel level) {
        if (type == null) return true;
        RiskLevel needed = minimumRisk.getOrDefault(type, RiskLevel.LOW);
        return level != null && level.compareTo(needed) >= 0;
    }

    /** The lowest risk level at which the given action type is proportionate without justification. */
    public RiskLevel minimumRiskFor(ActionType type) {
        return minimumRisk.getOrDefault(type, RiskLevel.LOW);
    }

    /**
     * Reads policy values from properties, on top of the defaults. Keys are the component names above and
     * {@code minimumRisk.<ACTION_TYPE>}.
     *
     * @param properties the values; never null
     * @return the policy
     * @throws IllegalArgumentException naming every unknown key, non-number and out-of-range value
     */
    public static Policy fromProperties(Map<?, ?> properties) {
        Objects.requireNonNull(properties, "properties must not be null");
        Map<String, Integer> ints = new LinkedHashMap<>(DEFAULTS.asIntMap());
        EnumMap<ActionType, RiskLevel> table = new EnumMap<>(DEFAULT_TABLE);
        List<String> problems = new ArrayList<>();
        for (Map.Entry<?, ?> e : new TreeMap<>(stringKeys(properties)).entrySet()) {
            String key = String.valueOf(e.getKey()).trim();
            String value = String.valueOf(e.getValue()).trim();
            if (key.startsWith("minimumRisk.")) {
                String type = key.substring("minimumRisk.".length());
                ActionType actionType;
                try {
                    actionType = ActionType.valueOf(type);
                } catch (IllegalArgumentException ex) {
                    problems.add("unknown key " + key + ": allowed action types are "
                            + java.util.Arrays.toString(ActionType.values()));
                    continue;
                }
                try {
                    table.put(actionType, RiskLevel.valueOf(value));
                } catch (IllegalArgumentException ex) {
                    problems.add(key + " has unknown risk level '" + value + "': allowed "
                            + java.util.Arrays.toString(RiskLevel.values()));
                }
            } else if (ints.containsKey(key)) {
                try {
                    ints.put(key, Integer.parseInt(value));
                } catch (NumberFormatException ex) {
                    problems.add(key + " '" + value + "' is not a whole number");
                }
            } else {
                problems.add("unknown key " + key + ": allowed keys are " + ints.keySet()
                        + " and minimumRisk.<ACTION_TYPE>");
            }
        }
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("; ", problems));
        try {
            return new Policy(ints.get("capacityAssessmentMaxAgeDays"), ints.get("outcomesAskWithinDays"),
                    ints.get("outcomesReviewDays"), ints.get("repeatConcernThreshold"), ints.get("s42DecisionDays"),
                    ints.get("maracThreshold"), ints.get("enquiryMaxDays"), ints.get("enquiryIdleDays"), table);
        } catch (IllegalArgumentException ex) {
            throw ex;
        }
    }

    private static Map<String, Object> stringKeys(Map<?, ?> properties) {
        Map<String, Object> m = new TreeMap<>();
        properties.forEach((k, v) -> m.put(String.valueOf(k), v));
        return m;
    }

    /** The policy as properties, in a stable order: what {@link #fromProperties} reads back. */
    public Properties toProperties() {
        Properties p = new Properties();
        asMap().forEach(p::setProperty);
        return p;
    }

    /** The policy as sorted key/value text, used for the rule-set digest and for display. */
    public Map<String, String> asMap() {
        Map<String, String> m = new TreeMap<>();
        asIntMap().forEach((k, v) -> m.put(k, String.valueOf(v)));
        minimumRisk.forEach((k, v) -> m.put("minimumRisk." + k.name(), v.name()));
        return m;
    }

    private Map<String, Integer> asIntMap() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("capacityAssessmentMaxAgeDays", capacityAssessmentMaxAgeDays);
        m.put("outcomesAskWithinDays", outcomesAskWithinDays);
        m.put("outcomesReviewDays", outcomesReviewDays);
        m.put("repeatConcernThreshold", repeatConcernThreshold);
        m.put("s42DecisionDays", s42DecisionDays);
        m.put("maracThreshold", maracThreshold);
        m.put("enquiryMaxDays", enquiryMaxDays);
        m.put("enquiryIdleDays", enquiryIdleDays);
        return m;
    }
}
