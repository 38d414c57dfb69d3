package uk.msp.rules.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.DynamicTest;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Severity;
import uk.msp.rules.CaseJson;
import uk.msp.rules.InvalidCaseException;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.Policy;
import uk.msp.rules.RuleInfo;

/**
 * Reads and runs YAML policy scenarios. A scenario file:
 *
 * <pre>
 * name: capacity judged on an unwise decision alone
 * asOf: 2026-03-02
 * policy:                  # optional: policy values for this scenario
 *   capacityAssessmentMaxAgeDays: 30
 * case: { ...the case, in the JSON case format... }
 * fires: [MCA-03]
 * doesNotFire: [MCA-02]
 * exactly: [MCA-03, MCA-06]   # optional: the exact set
 * clearedBy:               # optional: the record that answers the warnings, merged into case
 *   capacityAssessments: [ ...a list here replaces the case's list; a map merges key by key... ]
 * clears: [MCA-03]         # optional: the codes clearedBy must clear (default: every WARNING or CRITICAL in fires)
 * </pre>
 *
 * <p>A scenario fails when a code it names (in {@code fires}, {@code doesNotFire}, {@code exactly} or {@code clears})
 * is not in the rule set: a misspelt code must not pass by never firing.
 *
 * @since 0.1.0
 */
public final class Scenarios {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> KEYS = Set.of("name", "asOf", "policy", "case", "fires", "doesNotFire", "exactly",
            "clearedBy", "clears");

    private Scenarios() {}

    /**
     * Reads every {@code .yaml} / {@code .yml} file under a folder (any depth), sorted by path.
     *
     * @throws InvalidCaseException for the first file with problems, naming each problem with the file
     */
    public static List<Scenario> load(Path folder) {
        List<Scenario> out = new ArrayList<>();
        for (Path p : files(folder)) out.add(read(p));
        return out;
    }

    static boolean isScenarioFile(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".yaml") || n.endsWith(".yml"));
    }

    /**
     * Reads one scenario file.
     *
     * @throws InvalidCaseException naming every problem in the file, with paths such as {@code case.adult.id}
     */
    public static Scenario read(Path file) {
        String source = file.toString();
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new InvalidCaseException(source, List.of(new InvalidCaseException.Problem("", 0, 0,
                    "not valid YAML: " + firstLine(e.getMessage()))));
        }
        List<InvalidCaseException.Problem> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidCaseException(source, List.of(new InvalidCaseException.Problem("", 0, 0,
                    "expected a scenario with keys " + new TreeSet<>(KEYS))));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) problems.add(problem(k, "unknown key; allowed " + new TreeSet<>(KEYS)));
        }
        String name = root.path("name").asText(file.getFileName().toString());
        LocalDate asOf = null;
        if (!root.hasNonNull("asOf")) {
            problems.add(problem("asOf", "is required: the date the scenario is evaluated as of"));
        } else {
            try {
                asOf = LocalDate.parse(root.get("asOf").asText());
            } catch (DateTimeParseException e) {
                problems.add(problem("asOf", "'" + root.get("asOf").asText() + "' is not a date (yyyy-MM-dd)"));
            }
        }
        Map<String, String> policy = new TreeMap<>();
        if (root.has("policy")) {
            JsonNode p = root.get("policy");
            if (!p.isObject()) {
                problems.add(problem("policy", "must be a map of policy keys to values"));
            } else {
                p.fields().forEachRemaining(e -> policy.put(e.getKey(), e.getValue().asText()));
                try {
                    Policy.fromProperties(policy);
                } catch (IllegalArgumentException e) {
                    problems.add(problem("policy", e.getMessage()));
                }
            }
        }
        List<String> fires = codes(root, "fires", problems);
        List<String> doesNotFire = codes(root, "doesNotFire", problems);
        List<String> exactly = root.has("exactly") ? codes(root, "exactly", problems) : null;
        if (fires.isEmpty() && doesNotFire.isEmpty() && exactly == null) {
            problems.add(problem("", "expects nothing: give fires, doesNotFire or exactly"));
        }
        Set<String> both = new TreeSet<>(fires);
        both.retainAll(doesNotFire);
        if (!both.isEmpty()) problems.add(problem("doesNotFire", "also listed in fires: " + both));
        List<String> clears = root.has("clears") ? codes(root, "clears", problems) : null;
        JsonNode patch = root.get("clearedBy");
        if (patch != null && !patch.isObject()) {
            problems.add(problem("clearedBy", "must be a map: the part of the case to add or change"));
        }
        if (patch != null && fires.isEmpty()) problems.add(problem("clearedBy", "needs fires: the codes it clears"));
        if (clears != null) {
            if (patch == null) problems.add(problem("clears", "needs clearedBy: the record that clears them"));
            Set<String> notFired = new TreeSet<>(clears);
            notFired.removeAll(fires);
            if (!notFired.isEmpty()) problems.add(problem("clears", "not listed in fires: " + notFired));
        }
        SafeguardingCase c = null;
        SafeguardingCase cleared = null;
        try {
            c = CaseJson.read(root.path("case"), source, "case");
            if (patch != null && patch.isObject()) {
                cleared = CaseJson.read(merge((ObjectNode) root.get("case"), patch), source, "clearedBy");
            }
        } catch (InvalidCaseException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) throw new InvalidCaseException(source, problems);
        return new Scenario(name, file.toUri(), asOf, policy, c, fires, doesNotFire, exactly, cleared, clears);
    }

    /**
     * The case with a partial case merged in: maps merge key by key, recursively; anything else given in
     * {@code patch} (a list, a value) replaces what {@code base} has there. Neither argument is changed.
     */
    static ObjectNode merge(ObjectNode base, JsonNode patch) {
        ObjectNode out = base.deepCopy();
        patch.fields().forEachRemaining(e -> {
            JsonNode old = out.get(e.getKey());
            out.set(e.getKey(), old != null && old.isObject() && e.getValue().isObject()
                    ? merge((ObjectNode) old, e.getValue()) : e.getValue().deepCopy());
        });
        return out;
    }

    private static List<String> codes(JsonNode root, String key, List<InvalidCaseException.Problem> problems) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) {
            problems.add(problem(key, "must be a list of rule codes"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static InvalidCaseException.Problem problem(String path, String message) {
        return new InvalidCaseException.Problem(path, 0, 0, message);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Compares an advice with a scenario's expectations; returns what did not match, empty when it passed. */
    public static List<String> check(Scenario s, Advice advice) {
        List<String> failures = new ArrayList<>();
        Set<String> got = new TreeSet<>(advice.codes());
        for (String code : s.fires()) if (!got.contains(code)) failures.add("expected " + code + " to fire");
        for (String code : s.doesNotFire()) if (got.contains(code)) failures.add("expected " + code + " not to fire");
        if (s.exactly() != null) {
            Set<String> expected = new TreeSet<>(s.exactly());
            if (!expected.equals(got)) {
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(got);
                Set<String> extra = new TreeSet<>(got);
                extra.removeAll(expected);
                failures.add("expected exactly " + expected + "; missing " + missing + ", unexpected " + extra);
            }
        }
        return failures;
    }

    /**
     * Compares the advice on a scenario's {@code clearedBy} case with the advice on its case: the codes it must clear
     * are silent, and no WARNING or CRITICAL fires that did not fire on the case. Returns what did not match, empty
     * when it passed.
     */
    public static List<String> checkCleared(Scenario s, Advice advice, Advice clearedAdvice) {
        List<String> failures = new ArrayList<>();
        for (String code : ScenarioResult.toClear(s, advice)) {
            if (clearedAdvice.finding(code).isPresent()) {
                failures.add("expected " + code + " to be silent on the clearedBy case");
            }
        }
        for (Finding f : clearedAdvice.findings()) {
            if (ScenarioResult.isAlert(f) && advice.finding(f.code()).isEmpty()) {
                failures.add("expected no new warning on the clearedBy case, but " + f.code() + " " + f.severity()
                        + " fires there and not on the case");
            }
        }
        return failures;
    }

    /** The codes a scenario names (in any list) that are not in the rule set, each with the list it is in. */
    private static List<String> unknownCodes(Scenario s, Set<String> known) {
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> named = new LinkedHashMap<>();
        named.put("fires", s.fires());
        named.put("doesNotFire", s.doesNotFire());
        if (s.exactly() != null) named.put("exactly", s.exactly());
        if (s.clears() != null) named.put("clears", s.clears());
        named.forEach((key, codes) -> {
            for (String code : codes) {
                if (!known.contains(code)) failures.add(key + " names " + code + ", which is not a code of the rule set");
            }
        });
        return failures;
    }

    /**
     * Runs scenarios. One advisor is built per distinct policy, from {@code advisors}, which supplies a fresh
     * builder configured as the suite wants (local rules, switched-off codes).
     */
    public static List<ScenarioResult> run(List<Scenario> scenarios, Supplier<MspAdvisor.Builder> advisors) {
        Map<Map<String, String>, MspAdvisor> cache = new HashMap<>();
        List<ScenarioResult> out = new ArrayList<>();
        for (Scenario s : scenarios) out.add(run(s, advisor(cache, advisors, s)));
        return out;
    }

    /**
     * Reads and runs every scenario file under a folder (any depth), sorted by path. A file that cannot be read (not
     * YAML, a bad case, a bad expectation) gives a failed result naming every problem, and the run goes on.
     *
     * @param folder the folder; never null
     * @param advisors supplies a fresh builder configured as the suite wants; never null
     * @return one result per file; never null
     */
    public static List<ScenarioResult> runFolder(Path folder, Supplier<MspAdvisor.Builder> advisors) {
        Map<Map<String, String>, MspAdvisor> cache = new HashMap<>();
        List<ScenarioResult> out = new ArrayList<>();
        for (Path file : files(folder)) {
            Scenario s;
            try {
                s = read(file);
            } catch (InvalidCaseException e) {
                out.add(new ScenarioResult(file.toUri(), null, null, null,
                        e.problems().stream().map(p -> "cannot be read: " + p).toList()));
                continue;
            }
            out.add(run(s, advisor(cache, advisors, s)));
        }
        return out;
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("scenario folder " + folder + " is not a directory");
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Scenarios::isScenarioFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scenario folder " + folder + ": " + e.getClass().getSimpleName());
        }
    }

    private static MspAdvisor advisor(Map<Map<String, String>, MspAdvisor> cache, Supplier<MspAdvisor.Builder> advisors,
                                      Scenario s) {
        return cache.computeIfAbsent(s.policy(), p -> p.isEmpty() ? advisors.get().build()
                : advisors.get().policy(Policy.fromProperties(p)).build());
    }

    /** Runs one scenario on an advisor. */
    public static ScenarioResult run(Scenario s, MspAdvisor advisor) {
        Set<String> known = new TreeSet<>();
        advisor.rules().forEach(r -> known.add(r.code()));
        List<String> failures = new ArrayList<>(unknownCodes(s, known));
        Advice advice;
        try {
            advice = advisor.evaluate(s.safeguardingCase(), s.asOf());
        } catch (RuntimeException e) {
            failures.add("evaluation failed: " + e.getMessage());
            return new ScenarioResult(s.source(), s, null, null, failures);
        }
        failures.addAll(check(s, advice));
        if (s.clearedBy() == null) return new ScenarioResult(s.source(), s, advice, null, failures);
        Advice cleared;
        try {
            cleared = advisor.evaluate(s.clearedBy(), s.asOf());
        } catch (RuntimeException e) {
            failures.add("evaluation of the clearedBy case failed: " + e.getMessage());
            return new ScenarioResult(s.source(), s, advice, null, failures);
        }
        failures.addAll(checkCleared(s, advice, cleared));
        return new ScenarioResult(s.source(), s, advice, cleared, failures);
    }

    /**
     * What a failed scenario shows, for a person to read: each failure, then every actual finding (code, severity,
     * summary, evidence) of the case and, where there is one, of the {@code clearedBy} case.
     *
     * @param result a scenario result; never null
     * @return lines of text, without a trailing newline; never null
     */
    public static String describe(ScenarioResult result) {
        StringBuilder b = new StringBuilder();
        b.append("  - ").append(String.join("\n  - ", result.failures()));
        if (result.scenario() == null) return b.toString();
        b.append("\nThe advice had:\n").append(result.advice() == null ? "  (no advice)" : Describe.findings(result.advice()));
        if (result.scenario().clearedBy() != null) {
            b.append("\nThe advice on the clearedBy case had:\n")
                    .append(result.clearedAdvice() == null ? "  (no advice)" : Describe.findings(result.clearedAdvice()));
        }
        return b.toString();
    }

    /**
     * JUnit 5 dynamic tests, one per scenario file under a folder, each pointing at its file. Use with
     * {@code @TestFactory}.
     *
     * <pre>{@code
     * @TestFactory
     * Stream<DynamicTest> policyScenarios() {
     *     return Scenarios.dynamicTests(Path.of("src/test/scenarios"), MspAdvisor::builder);
     * }
     * }</pre>
     */
    public static Stream<DynamicTest> dynamicTests(Path folder, Supplier<MspAdvisor.Builder> advisors) {
        Map<Map<String, String>, MspAdvisor> cache = new HashMap<>();
        return files(folder).stream().map(file -> DynamicTest.dynamicTest(folder.relativize(file).toString(), file.toUri(), () -> {
            Scenario s = read(file);
            ScenarioResult r = run(s, advisor(cache, advisors, s));
            if (!r.passed()) {
                throw new AssertionError("Scenario '" + s.name() + "' (" + file + ") failed:\n" + describe(r));
            }
        }));
    }

    /**
     * Scenario coverage: which rules fire in no passing scenario that expects them, which are never shown silent by a
     * passing scenario's {@code doesNotFire}, and which WARNING or CRITICAL rules no passing scenario shows cleared
     * (see {@link #neverShownCleared}). Every set is empty when every rule is covered.
     *
     * @param results scenario results
     * @param rules the rules to check (e.g. {@link MspAdvisor#rules()})
     * @return "neverFired", "neverShownSilent" and "neverShownCleared", each a sorted set of codes
     */
    public static Map<String, Set<String>> coverage(Collection<ScenarioResult> results, Collection<RuleInfo> rules) {
        Set<String> fired = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        for (ScenarioResult r : results) {
            if (!r.passed() || r.advice() == null) continue;
            Set<String> expected = new TreeSet<>(r.scenario().fires());
            if (r.scenario().exactly() != null) expected.addAll(r.scenario().exactly());
            for (String code : r.advice().codes()) if (expected.contains(code)) fired.add(code);
            silent.addAll(r.scenario().doesNotFire());
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Set<String> neverFired = new TreeSet<>();
        Set<String> neverSilent = new TreeSet<>();
        for (RuleInfo rule : rules) {
            if (!"active".equals(rule.status())) continue;
            if (!fired.contains(rule.code())) neverFired.add(rule.code());
            if (!silent.contains(rule.code())) neverSilent.add(rule.code());
        }
        out.put("neverFired", neverFired);
        out.put("neverShownSilent", neverSilent);
        out.put("neverShownCleared", neverShownCleared(results, rules));
        return out;
    }

    /**
     * The clearability gate: the active WARNING and CRITICAL rules that no passing scenario shows cleared by its
     * {@code clearedBy} record (see {@link ScenarioResult#cleared()}). Every alert should stop once the record shows
     * the response it asks for; a code listed here has no scenario proving that it does.
     *
     * @param results scenario results; never null
     * @param rules the rules to check (e.g. {@link MspAdvisor#rules()}, or only the local ones); never null
     * @return a sorted set of codes, empty when every alert is shown cleared; never null
     */
    public static Set<String> neverShownCleared(Collection<ScenarioResult> results, Collection<RuleInfo> rules) {
        Set<String> cleared = new TreeSet<>();
        for (ScenarioResult r : results) if (r.passed()) cleared.addAll(r.cleared());
        Set<String> out = new TreeSet<>();
        for (RuleInfo rule : rules) {
            boolean alert = rule.severity() == Severity.WARNING || rule.severity() == Severity.CRITICAL;
            if ("active".equals(rule.status()) && alert && !cleared.contains(rule.code())) out.add(rule.code());
        }
        return out;
    }
}
