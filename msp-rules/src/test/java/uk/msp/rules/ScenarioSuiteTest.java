package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.rules.testing.Scenario;
import uk.msp.rules.testing.ScenarioResult;
import uk.msp.rules.testing.Scenarios;

/**
 * Runs every bundled policy scenario, and fails the build on a rule no scenario shows firing and silent, on a warning
 * no scenario shows cleared by doing what it asks, and on a vignette that does not pin its exact set of codes.
 */
class ScenarioSuiteTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicTest> policy_scenarios() {
        return Scenarios.dynamicTests(SCENARIOS, MspAdvisor::builder);
    }

    @Test
    void every_rule_is_shown_firing_and_silent_by_some_scenario() {
        List<ScenarioResult> results = Scenarios.runFolder(SCENARIOS, MspAdvisor::builder);
        Map<String, Set<String>> coverage = Scenarios.coverage(results, TestAdvisors.bundled().rules());
        assertThat(coverage.get("neverFired")).as("rules that fire in no scenario expecting them").isEmpty();
        assertThat(coverage.get("neverShownSilent")).as("rules no scenario lists under doesNotFire").isEmpty();
    }

    @Test
    void every_warning_and_critical_is_shown_cleared_by_doing_what_it_asks() {
        List<ScenarioResult> results = Scenarios.runFolder(SCENARIOS, MspAdvisor::builder);
        Set<String> missing = new TreeSet<>(Scenarios.neverShownCleared(results, TestAdvisors.bundled().rules()));
        assertThat(missing).as("WARNING and CRITICAL codes no passing clearedBy scenario clears").isEmpty();
    }

    @Test
    void every_vignette_asserts_its_exact_set_of_codes() throws IOException {
        assertThat(vignettesWithoutExactly(SCENARIOS)).as("vignette files without exactly:").isEmpty();
    }

    @Test
    void the_vignette_check_names_a_vignette_without_exactly(@TempDir Path dir) throws IOException {
        // GIVEN a vignette folder with one stage that pins its codes and one that does not, and a non-vignette file
        Path vignettes = Files.createDirectories(dir.resolve("vignettes-x"));
        String stage = """
                name: %s
                asOf: 2026-03-02
                case: {id: V, stage: CONCERN, adult: {id: A, age: 70}}
                %s
                """;
        Files.writeString(vignettes.resolve("v-concern.yaml"), stage.formatted("pinned", "exactly: [EMP-01]"));
        Files.writeString(vignettes.resolve("v-enquiry.yaml"), stage.formatted("loose", "fires: [EMP-01]"));
        Files.writeString(Files.createDirectories(dir.resolve("mca")).resolve("m.yaml"), stage.formatted("plain", "fires: [MCA-01]"));
        // WHEN / THEN only the loose vignette is named
        assertThat(vignettesWithoutExactly(dir)).containsExactly("vignettes-x/v-enquiry.yaml");
    }

    /** Every scenario file under a {@code vignettes-*} folder that has no {@code exactly}, relative to the root. */
    static List<String> vignettesWithoutExactly(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".yaml") && inVignetteFolder(root.relativize(p)))
                    .sorted()
                    .filter(p -> {
                        Scenario s = Scenarios.read(p);
                        return s.exactly() == null;
                    })
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static boolean inVignetteFolder(Path relative) {
        for (Path part : relative) if (part.toString().startsWith("vignettes-") && !part.equals(relative.getFileName())) return true;
        return false;
    }
}
