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
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.junit.jupiter.api.DynamicTest;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
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
 * </pre>
 *
 * @since 0.1.0
 */
public final class Scenarios {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Set<String> KEYS = Set.of("name", "asOf", "policy", "case", "fires", "doesNotFire", "exactly");

    private Scenarios() {}

    /**
     * Reads every {@code .yaml} / {@code .yml} file under a folder (any depth), sorted by path.
     *
     * @throws InvalidCaseException for the first file with problems, naming each problem with the file
     */
    public static List<Scenario> load(Path folder) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException("scenario folder " + folder + " is not a directory");
        try (Stream<Path> files = Files.walk(folder)) {
            List<Scenario> out = new ArrayList<>();
            for (Path p : files.filter(Scenarios::isScenarioFile).sorted().toList()) out.add(read(p));
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scenario folder " + folder + ": " + e.getClass().getSimpleName());
        }
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
        SafeguardingCase c = null;
        try {
            c = CaseJson.read(root.path("case"), source, "case");
        } catch (InvalidCaseException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) throw new InvalidCaseException(source, problems);
        return new Scenario(name, file.toUri(), asOf, policy, c, fires, doesNotFire, exactly);
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
     * Runs scenarios. One advisor is built per distinct policy, from {@code advisors}, which supplies a fresh
     * builder configured as the suite wants (local rules, switched-off codes).
     */
    public static List<ScenarioResult> run(List<Scenario> scenarios, Supplier<MspAdvisor.Builder> advisors) {
        Map<Map<String, String>, MspAdvisor> cache = new HashMap<>();
        List<ScenarioResult> out = new ArrayList<>();
        for (Scenario s : scenarios) out.add(run(s, advisor(cache, advisors, s)));
        return out;
    }

    private static MspAdvisor advisor(Map<Map<String, String>, MspAdvisor> cache, Supplier<MspAdvisor.Builder> advisors,
                                      Scenario s) {
        return cache.computeIfAbsent(s.policy(), p -> p.isEmpty() ? advisors.get().build()
                : advisors.get().policy(Policy.fromProperties(p)).build());
    }

    /** Runs one scenario on an advisor. */
    public static ScenarioResult run(Scenario s, MspAdvisor advisor) {
        try {
            Advice advice = advisor.evaluate(s.safeguardingCase(), s.asOf());
            return new ScenarioResult(s, advice, check(s, advice));
        } catch (RuntimeException e) {
            return new ScenarioResult(s, null, List.of("evaluation failed: " + e.getMessage()));
        }
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
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Scenarios::isScenarioFile).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read scenario folder " + folder);
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(folder.relativize(file).toString(), file.toUri(), () -> {
            Scenario s = read(file);
            ScenarioResult r = run(s, advisor(cache, advisors, s));
            if (!r.passed()) {
                throw new AssertionError("Scenario '" + s.name() + "' (" + file + ") failed:\n  - "
                        + String.join("\n  - ", r.failures()) + "\nThe advice had:\n"
                        + (r.advice() == null ? "  (no advice)" : Describe.findings(r.advice())));
            }
        }));
    }

    /**
     * Scenario coverage: which rules fire in no passing scenario that expects them, and which are never shown
     * silent by a passing scenario's {@code doesNotFire}. Both maps are empty when every rule is covered.
     *
     * @param results scenario results
     * @param rules the rules to check (e.g. {@link MspAdvisor#rules()})
     * @return "neverFired" and "neverShownSilent", each a sorted set of codes
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
        return out;
    }
}
