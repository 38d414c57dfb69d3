package uk.msp.rules;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

import uk.msp.model.Action;
import uk.msp.model.Adult;
import uk.msp.model.BestInterestsDecision;
import uk.msp.model.CapacityAssessment;
import uk.msp.model.CaseDates;
import uk.msp.model.DesiredOutcome;
import uk.msp.model.RiskAssessment;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.Stage;

/**
 * Generated valid cases for property-based tests: every record and enum of the model, every optional field sometimes
 * absent, lists sometimes empty, dates on or before the as-of date (action due and review dates may lie ahead, as
 * the validator allows), ids that actions refer to really exist, adults 18 or over.
 *
 * <p>Records are built reflectively from their components, so a field added to the model is generated without a
 * change here; fields with rules of their own (ids, references, dates that must be in order, ages, DASH scores) are
 * overridden by name.
 */
final class CaseArbitraries {

    /** A generated case with the date to evaluate it as of. */
    record Generated(SafeguardingCase safeguardingCase, LocalDate asOf) {}

    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(2020, 1, 1);
    private static final String ODD_CHARS = " .,;:'\"\\/-_()[]{&%\n\t\r\u00e9\u00f1\u00df\u4e2d\u0627\u0000\u001f\u2028";

    private static final String LONG_TEXT = ("A long narrative, quoted \"as said\", over several lines;\n"
            + "caf\u00e9 \u4e2d\u6587 \ud83c\udfe1 tab\there, backslash \\ and {braces. ").repeat(40);

    private final LocalDate asOf;
    private final Arbitrary<String> text;
    private final Arbitrary<String> ids;
    private final Arbitrary<String> caseIds;

    private CaseArbitraries(LocalDate asOf, Arbitrary<String> text, Arbitrary<String> ids, Arbitrary<String> caseIds) {
        this.asOf = asOf;
        this.text = text;
        this.ids = ids;
        this.caseIds = caseIds;
    }

    /**
     * Evaluation dates: leap day, year ends, the dates rule windows open on, and a spread from 2020 to 2030. A fixed
     * list rather than any date, so that each date's arbitrary is built once (building one per sample is slow).
     */
    static final List<LocalDate> AS_OF_DATES = List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 15),
            LocalDate.of(2022, 12, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), LocalDate.of(2027, 9, 30), LocalDate.of(2030, 1, 1));

    private static final Arbitrary<Generated> GENERATED = Arbitraries.oneOf(AS_OF_DATES.stream()
            .map(asOf -> new CaseArbitraries(asOf, freeText(), identifiers(), identifiers()).cases()
                    .map(c -> new Generated(c, asOf)))
            .toList());

    /** Cases with varied free text, as of dates from 2020 to 2030. */
    static Arbitrary<Generated> generated() {
        return GENERATED;
    }

    /**
     * Cases whose every free-text field and every id but the case id holds a unique canary (a string starting
     * {@code canaryPrefix}), as of the given date: for checking that case data never reaches logs or messages. Case
     * ids are {@code CASE-n}: logs may carry them.
     */
    static Arbitrary<SafeguardingCase> withCanaries(LocalDate asOf, String canaryPrefix) {
        AtomicLong n = new AtomicLong();
        Arbitrary<String> canary = Arbitraries.create(() -> canaryPrefix + n.incrementAndGet() + "Q");
        Arbitrary<String> caseIds = Arbitraries.create(() -> "CASE-" + n.incrementAndGet());
        return new CaseArbitraries(asOf, canary, canary, caseIds).cases();
    }

    /** {@code count} generated cases from a fixed seed: the same list every run. */
    static List<Generated> sample(int count, long seed) {
        return sample(generated(), count, seed);
    }

    /** {@code count} values of an arbitrary from a fixed seed, outside a property (in a jqwik session of its own). */
    static <T> List<T> sample(Arbitrary<T> arbitrary, int count, long seed) {
        List<T> out = new ArrayList<>(count);
        Runnable draw = () -> {
            RandomGenerator<T> generator = arbitrary.generator(1000);
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) out.add(generator.next(random).value());
        };
        if (JqwikSession.isActive()) draw.run();
        else JqwikSession.run(draw::run);
        return out;
    }

    static Arbitrary<String> freeText() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.strings().alpha().numeric().withChars(ODD_CHARS).ofMaxLength(40)),
                Tuple.of(2, Arbitraries.of("", " ", "\u00a0", "I want to go home \ud83c\udfe1", "null", "{}", "[UNWISE_DECISION]",
                        "line one\r\nline two")),
                Tuple.of(1, Arbitraries.integers().between(141, LONG_TEXT.length()).map(CaseArbitraries::longText)));
    }

    /** The first {@code n} characters of a long text, never ending in half a surrogate pair (that is not text). */
    private static String longText(int n) {
        return LONG_TEXT.substring(0, Character.isHighSurrogate(LONG_TEXT.charAt(n - 1)) ? n - 1 : n);
    }

    static Arbitrary<String> identifiers() {
        return Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-').ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank());
    }

    private Arbitrary<LocalDate> pastDate() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 120)),
                Tuple.of(1, Arbitraries.integers().between(0, 4000)))
                .map(asOf::minusDays);
    }

    /**
     * The case. Actions refer to outcomes, best-interests decisions and assessments by id: they are generated with
     * placeholder references ({@code #n}) that are then pointed at the n-th id the case really has (or dropped when
     * it has none), so the references are always consistent and the arbitrary needs no flatMap.
     */
    Arbitrary<SafeguardingCase> cases() {
        Arbitrary<String> ref = Arbitraries.integers().between(0, 9).map(i -> "#" + i);
        Map<String, Arbitrary<?>> actionFields = Map.of(
                "servesOutcomes", ref.list().ofMaxSize(3),
                "bestInterestsDecision", ref.injectNull(0.5),
                "capacityAssessment", ref.injectNull(0.5),
                "due", nearDate(),
                "reviewDate", nearDate());
        Map<String, Arbitrary<?>> caseFields = new HashMap<>();
        caseFields.put("id", caseIds);
        caseFields.put("stage", Arbitraries.of(Stage.class));
        caseFields.put("adult", adults());
        caseFields.put("dates", caseDates().injectNull(0.2));
        caseFields.put("actions", record(Action.class, actionFields).list().ofMaxSize(3));
        caseFields.put("risk", record(RiskAssessment.class,
                Map.of("dashScore", Arbitraries.integers().between(0, 27).injectNull(0.4))).injectNull(0.2));
        return record(SafeguardingCase.class, caseFields).map(CaseArbitraries::pointReferences);
    }

    private static SafeguardingCase pointReferences(SafeguardingCase c) {
        List<String> outcomeIds = c.desiredOutcomes().stream().map(DesiredOutcome::id).filter(Objects::nonNull).distinct().toList();
        List<String> biIds = c.bestInterestsDecisions().stream().map(BestInterestsDecision::id).filter(Objects::nonNull).distinct().toList();
        List<String> caIds = c.capacityAssessments().stream().map(CapacityAssessment::id).filter(Objects::nonNull).distinct().toList();
        List<Action> actions = c.actions().stream().map(a -> {
            Action pointed = with(a, "servesOutcomes", outcomeIds.isEmpty() ? List.of()
                    : a.servesOutcomes().stream().map(r -> pick(outcomeIds, r)).distinct().toList());
            pointed = with(pointed, "bestInterestsDecision", pick(biIds, a.bestInterestsDecision()));
            return with(pointed, "capacityAssessment", pick(caIds, a.capacityAssessment()));
        }).toList();
        return with(c, "actions", actions);
    }

    private static String pick(List<String> ids, String placeholder) {
        if (placeholder == null || ids.isEmpty()) return null;
        return ids.get(Integer.parseInt(placeholder.substring(1)) % ids.size());
    }

    /** A copy of the record with one component changed. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R record, String component, Object value) {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(record);
            }
            return (R) record.getClass()
                    .getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Arbitrary<Adult> adults() {
        return record(Adult.class, Map.of(
                "id", ids,
                "age", Arbitraries.integers().between(18, 130).injectNull(0.4),
                // At most 37,000 days (101 years) before the 18th birthday: born no earlier than 1900, the first date
                // the validator accepts, for the earliest evaluation date (2020-01-01).
                "dateOfBirth", Arbitraries.integers().between(0, 37_000)
                        .map(d -> asOf.minusYears(18).minusDays(d)).injectNull(0.6)));
    }

    /** Step dates in order: the s.42 decision, enquiry and closure on or after the concern, all on or before as-of. */
    private Arbitrary<CaseDates> caseDates() {
        Arbitrary<Integer> offset = Arbitraries.integers().between(0, 4000).injectNull(0.4);
        return Combinators.combine(pastDate().injectNull(0.2), offset, offset, pastDate().injectNull(0.4), offset,
                pastDate().injectNull(0.4)).as((raised, s42, enquiry, plan, closed, progress) -> new CaseDates(raised,
                after(raised, s42), after(raised, enquiry), plan, after(raised, closed), progress, null));
    }

    /** A date on or after {@code from} (any past date when there is none) and on or before as-of, or null. */
    private LocalDate after(LocalDate from, Integer offset) {
        if (offset == null) return null;
        if (from == null) return asOf.minusDays(offset);
        return from.plusDays(offset % (asOf.toEpochDay() - from.toEpochDay() + 1));
    }

    private Arbitrary<LocalDate> nearDate() {
        return Arbitraries.integers().between(-400, 400).map(asOf::plusDays).injectNull(0.3);
    }

    /** A record from its components; {@code fields} overrides the arbitrary of a component by name. */
    @SuppressWarnings("unchecked")
    <R extends Record> Arbitrary<R> record(Class<R> type, Map<String, Arbitrary<?>> fields) {
        RecordComponent[] components = type.getRecordComponents();
        List<Arbitrary<Object>> parts = new ArrayList<>();
        for (RecordComponent c : components) {
            Arbitrary<?> a = fields.containsKey(c.getName()) ? fields.get(c.getName()) : nullable(c.getGenericType());
            parts.add((Arbitrary<Object>) a);
        }
        Constructor<R> constructor;
        try {
            constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return Combinators.combine(parts).as(values -> {
            try {
                return constructor.newInstance(values.toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
            }
        });
    }

    /** Any value of the type, or null (not recorded). */
    private Arbitrary<?> nullable(Type type) {
        return value(type).injectNull(0.3);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Arbitrary<?> value(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return value(p.getActualTypeArguments()[0]).list().ofMaxSize(3);
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) return text;
        if (cls == Boolean.class) return Arbitraries.of(true, false);
        if (cls == Integer.class) return Arbitraries.integers().between(0, 200);
        if (cls == LocalDate.class) return pastDate();
        if (cls.isEnum()) return Arbitraries.of((Class<Enum>) cls);
        if (cls.isRecord()) return record((Class<Record>) cls, Map.of());
        throw new IllegalStateException("no arbitrary for " + type + ": teach CaseArbitraries the new field type");
    }
}
