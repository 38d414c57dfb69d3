package uk.msp.rules.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import uk.msp.model.Action;
import uk.msp.model.SafeguardingCase;

/**
 * Semantic checks on a case: required fields, dates that cannot be true as of the evaluation date, references that
 * point nowhere. Messages name paths and may quote dates and codes, never free text.
 */
public final class CaseValidator {
    /**
     * Most items accepted in one list of the case. Far above any real case, and low enough that a case cannot make
     * rules that fire once per item reach the runaway limit, which would blame a rule for what is bad input.
     */
    public static final int MAX_LIST_ITEMS = 500;

    /** The earliest date a case may hold, a date of birth included. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest date a case may hold, and the latest evaluation date. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /**
     * What the case id and the adult's id may be: 1 to 64 letters, digits and {@code . _ - : /}. No spaces and no
     * control characters, so an id can be written to a log line as it is. The ids of a case's parts (outcomes,
     * actions, ...) are references inside the case, never logged, and are not limited.
     */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/-]{1,64}");

    /**
     * The components of each record type that can hold a date (dates, lists and records), in declaration order,
     * worked out once per type: the walk below runs on every evaluation.
     */
    private static final ClassValue<Part[]> PARTS = new ClassValue<>() {
        @Override
        protected Part[] computeValue(Class<?> type) {
            List<Part> parts = new ArrayList<>();
            for (RecordComponent rc : type.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (t == LocalDate.class || t == List.class || t.isRecord()) parts.add(Part.of(type, rc));
            }
            return parts.toArray(new Part[0]);
        }
    };

    /** One component the walk reads: its name and its accessor, as a method handle where one can be had. */
    private record Part(String name, String owner, Method accessor, MethodHandle handle) {
        static Part of(Class<?> type, RecordComponent rc) {
            Method accessor = rc.getAccessor();
            MethodHandle handle;
            try {
                handle = MethodHandles.publicLookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                handle = null;   // read through reflection, which reports the failure as it always did
            }
            return new Part(rc.getName(), type.getSimpleName(), accessor, handle);
        }

        Object read(Object record) {
            try {
                if (handle == null) return accessor.invoke(record);
                try {
                    return (Object) handle.invokeExact(record);
                } catch (Throwable e) {
                    throw new InvocationTargetException(e);   // what reflection reports for an accessor that throws
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + owner, e);
            }
        }
    }

    private CaseValidator() {}

    /** The problem with an evaluation date out of range, or null: {@code asOf} must be in 1900 to 2100 as well. */
    public static Problem checkAsOf(LocalDate asOf) {
        return inRange(asOf) ? null : problem("asOf", asOf + " is outside the accepted range " + EARLIEST + " to " + LATEST);
    }

    /** Whether an id has the accepted form ({@link #ID}). */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Every problem in the case as of the given date; empty when the case is usable. */
    public static List<Problem> validate(SafeguardingCase c, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        Problem badAsOf = checkAsOf(asOf);
        if (badAsOf != null) problems.add(badAsOf);
        // Every date in the case, found by walking its records, so that a date field added later is covered too.
        walk(c, null, problems);
        if (blank(c.id())) problems.add(problem("id", "is required"));
        else if (!validId(c.id())) problems.add(problem("id", INVALID_ID));
        if (c.stage() == null) problems.add(problem("stage", "is required"));
        if (c.adult() == null) {
            problems.add(problem("adult", "is required"));
        } else {
            if (blank(c.adult().id())) problems.add(problem("adult.id", "is required"));
            else if (!validId(c.adult().id())) problems.add(problem("adult.id", INVALID_ID));
            LocalDate dob = c.adult().dateOfBirth();
            // Out-of-range dates are reported by the walk above; comparing them here could overflow.
            boolean comparable = dob != null && inRange(dob) && inRange(asOf);
            if (comparable && dob.isAfter(asOf)) {
                problems.add(problem("adult.dateOfBirth", dob + " is in the future (as of " + asOf + ")"));
            } else if (comparable && dob.plusYears(18).isAfter(asOf)) {
                problems.add(problem("adult.dateOfBirth", dob + " makes the person under 18 as of " + asOf
                        + ": adult safeguarding under the Care Act is for adults"));
            }
            Integer age = c.adult().age();
            if (age != null && (age < 18 || age > 130)) {
                problems.add(problem("adult.age", age + " is out of range: an adult is 18 to 130"));
            }
        }
        size(problems, "previousConcerns", c.previousConcerns());
        size(problems, "concerns", c.concerns());
        size(problems, "desiredOutcomes", c.desiredOutcomes());
        size(problems, "capacityAssessments", c.capacityAssessments());
        size(problems, "decisions", c.decisions());
        size(problems, "bestInterestsDecisions", c.bestInterestsDecisions());
        size(problems, "network", c.network());
        size(problems, "advocacy.advocates", c.advocacy().advocates());
        size(problems, "consent.disclosures", c.consent().disclosures());
        size(problems, "actions", c.actions());
        size(problems, "referrals", c.referrals());
        size(problems, "meetings", c.meetings());
        size(problems, "agencies", c.agencies());
        future(problems, "dates.concernRaised", c.dates().concernRaised(), asOf);
        future(problems, "dates.s42Decision", c.dates().s42Decision(), asOf);
        future(problems, "dates.enquiryStarted", c.dates().enquiryStarted(), asOf);
        future(problems, "dates.planAgreed", c.dates().planAgreed(), asOf);
        future(problems, "dates.closed", c.dates().closed(), asOf);
        future(problems, "dates.lastProgress", c.dates().lastProgress(), asOf);
        future(problems, "dates.lastReviewed", c.dates().lastReviewed(), asOf);
        LocalDate concern = c.dates().concernRaised();
        before(problems, "dates.s42Decision", c.dates().s42Decision(), "dates.concernRaised", concern);
        before(problems, "dates.enquiryStarted", c.dates().enquiryStarted(), "dates.concernRaised", concern);
        before(problems, "dates.closed", c.dates().closed(), "dates.concernRaised", concern);
        for (int i = 0; i < c.previousConcerns().size(); i++) {
            future(problems, "previousConcerns[" + i + "]", c.previousConcerns().get(i), asOf);
        }
        for (int i = 0; i < c.concerns().size(); i++) {
            future(problems, "concerns[" + i + "].raised", c.concerns().get(i).raised(), asOf);
        }
        future(problems, "conversation.outcomesAskedOn", c.conversation().outcomesAskedOn(), asOf);
        future(problems, "conversation.outcomesLastRevisited", c.conversation().outcomesLastRevisited(), asOf);
        for (int i = 0; i < c.capacityAssessments().size(); i++) {
            var a = c.capacityAssessments().get(i);
            // A planned assessment may have a future date; a completed one may not.
            if (a.completed()) future(problems, "capacityAssessments[" + i + "].date", a.date(), asOf);
        }
        for (int i = 0; i < c.decisions().size(); i++) {
            future(problems, "decisions[" + i + "].date", c.decisions().get(i).date(), asOf);
        }
        for (int i = 0; i < c.bestInterestsDecisions().size(); i++) {
            future(problems, "bestInterestsDecisions[" + i + "].date", c.bestInterestsDecisions().get(i).date(), asOf);
        }
        for (int i = 0; i < c.referrals().size(); i++) {
            future(problems, "referrals[" + i + "].date", c.referrals().get(i).date(), asOf);
        }
        for (int i = 0; i < c.meetings().size(); i++) {
            future(problems, "meetings[" + i + "].date", c.meetings().get(i).date(), asOf);
        }
        for (int i = 0; i < c.consent().disclosures().size(); i++) {
            future(problems, "consent.disclosures[" + i + "].date", c.consent().disclosures().get(i).date(), asOf);
        }
        future(problems, "risk.assessedOn", c.risk().assessedOn(), asOf);
        Integer dash = c.risk().dashScore();
        if (dash != null && (dash < 0 || dash > 27)) {
            problems.add(problem("risk.dashScore", dash + " is out of range: a DASH score is 0 to 27"));
        }
        Set<String> outcomeIds = new HashSet<>();
        c.desiredOutcomes().forEach(o -> { if (o.id() != null) outcomeIds.add(o.id()); });
        Set<String> biIds = new HashSet<>();
        c.bestInterestsDecisions().forEach(b -> { if (b.id() != null) biIds.add(b.id()); });
        Set<String> assessmentIds = new HashSet<>();
        c.capacityAssessments().forEach(a -> { if (a.id() != null) assessmentIds.add(a.id()); });
        for (int i = 0; i < c.actions().size(); i++) {
            Action a = c.actions().get(i);
            String path = "actions[" + i + "]";
            for (int j = 0; j < a.servesOutcomes().size(); j++) {
                if (!outcomeIds.contains(a.servesOutcomes().get(j))) {
                    problems.add(problem(path + ".servesOutcomes[" + j + "]",
                            "names no desired outcome in desiredOutcomes[].id"));
                }
            }
            if (a.bestInterestsDecision() != null && !biIds.contains(a.bestInterestsDecision())) {
                problems.add(problem(path + ".bestInterestsDecision", "names no decision in bestInterestsDecisions[].id"));
            }
            if (a.capacityAssessment() != null && !assessmentIds.contains(a.capacityAssessment())) {
                problems.add(problem(path + ".capacityAssessment", "names no assessment in capacityAssessments[].id"));
            }
        }
        return problems;
    }

    private static final String INVALID_ID = "is not a valid id: 1 to 64 letters, digits and . _ - : /";

    /**
     * Where a part is: a field of its parent, or an item of a list. Rendered only for a problem, so that a sound case
     * costs no strings.
     */
    private record At(At parent, String field, int index) {
        @Override
        public String toString() {
            String up = parent == null ? "" : parent.toString();
            if (field == null) return up + "[" + index + "]";
            return up.isEmpty() ? field : up + "." + field;
        }
    }

    /** Checks every date under a part of the case; records and lists are walked, nothing else. */
    private static void walk(Object part, At at, List<Problem> problems) {
        if (part instanceof LocalDate d) {
            if (!inRange(d)) problems.add(problem(at.toString(), d + " is outside the accepted range " + EARLIEST + " to " + LATEST));
        } else if (part instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item instanceof LocalDate || item instanceof Record) walk(item, new At(at, null, i), problems);
            }
        } else if (part instanceof Record) {
            for (Part p : PARTS.get(part.getClass())) {
                Object value = p.read(part);
                if (value != null) walk(value, new At(at, p.name(), 0), problems);
            }
        }
    }

    private static boolean inRange(LocalDate d) {
        return !d.isBefore(EARLIEST) && !d.isAfter(LATEST);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Problem problem(String path, String message) {
        return new Problem(path, 0, 0, message);
    }

    private static void size(List<Problem> problems, String path, List<?> items) {
        if (items.size() > MAX_LIST_ITEMS) {
            problems.add(problem(path, "has " + items.size() + " items: at most " + MAX_LIST_ITEMS + " are accepted"));
        }
    }

    private static void future(List<Problem> problems, String path, LocalDate date, LocalDate asOf) {
        if (date != null && date.isAfter(asOf)) {
            problems.add(problem(path, date + " is in the future (as of " + asOf + ")"));
        }
    }

    private static void before(List<Problem> problems, String path, LocalDate date, String otherPath, LocalDate other) {
        if (date != null && other != null && date.isBefore(other)) {
            problems.add(problem(path, date + " is before " + otherPath + " " + other));
        }
    }
}
