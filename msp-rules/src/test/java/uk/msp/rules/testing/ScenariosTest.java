package uk.msp.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.ReferralTarget;
import uk.msp.rules.InvalidCaseException;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.RuleInfo;

/**
 * Scenarios with {@code clearedBy}: a warning must stop once the record shows the response it asks for, and the record
 * must not raise a new one. Runs on three local test rules so every message can be asserted word for word: TST-01
 * (an implicated person and no police referral: cleared by a referral), TST-02 (a police referral made without
 * consent) and TST-04 (an implicated person: nothing clears it). The bundled rules are silent on these record-only
 * cases.
 */
class ScenariosTest {
    static final String RULES = """
            package uk.test.rules;
            import uk.msp.model.*;
            import uk.msp.rules.drl.Raise;

            // Test rule: cleared by a police referral.
            rule "TST-01 implicated and police not told"
                @code("TST-01") @principle("PROTECTION") @severity("WARNING") @since("0.1.0") @status("active")
            when
                $p : NetworkPerson( implicated == true )
                not Referral( to == ReferralTarget.POLICE )
            then
                Raise.finding(kcontext).because($p, "implicated", $p.implicated()).done();
            end

            // Test rule: raised by the wrong kind of clearing record.
            rule "TST-02 police told without consent"
                @code("TST-02") @principle("PARTNERSHIP") @severity("WARNING") @since("0.1.0") @status("active")
            when
                $r : Referral( to == ReferralTarget.POLICE, withConsent == false )
            then
                Raise.finding(kcontext).because($r, "withConsent", $r.withConsent()).done();
            end

            // Test rule: nothing clears it.
            rule "TST-04 implicated"
                @code("TST-04") @principle("PROTECTION") @severity("WARNING") @since("0.1.0") @status("active")
            when
                $p : NetworkPerson( implicated == true )
            then
                Raise.finding(kcontext).because($p, "implicated", $p.implicated()).done();
            end
            """;
    static final String WORDING = """
            TST-01.summary=Implicated and the police not told.
            TST-01.detail=Test.
            TST-01.cite.1=GOOD_PRACTICE|Test
            TST-02.summary=Police told without consent.
            TST-02.detail=Test.
            TST-02.cite.1=GOOD_PRACTICE|Test
            TST-04.summary=Implicated.
            TST-04.detail=Test.
            TST-04.cite.1=GOOD_PRACTICE|Test
            """;
    static final String CASE = """
            name: %s
            asOf: 2026-03-02
            case:
              id: T-1
              stage: RECORD_ONLY
              adult: {id: A-1, age: 70, seenAndSpokenTo: false}
              network: [{id: N-1, relationship: FAMILY, implicated: true}]
              referrals: [{to: OTHER, date: 2026-02-27}]
            """;

    static Path rules;
    static MspAdvisor advisor;

    @BeforeAll
    static void localRules(@TempDir Path dir) throws IOException {
        rules = dir;
        Files.writeString(dir.resolve("test.drl"), RULES);
        Files.writeString(dir.resolve("messages.properties"), WORDING);
        advisor = MspAdvisor.builder().localRules(dir).build();
    }

    static MspAdvisor.Builder builder() {
        return MspAdvisor.builder().localRules(rules);
    }

    static Path write(Path dir, String file, String text) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void merges_clearedBy_into_the_case_map_by_map_and_a_list_there_replaces_the_list(@TempDir Path dir) throws IOException {
        // GIVEN a clearedBy that sets one adult field and gives a new referrals list
        Path file = write(dir, "s.yaml", CASE.formatted("merge") + """
                fires: [TST-01]
                clearedBy:
                  adult: {seenAndSpokenTo: true}
                  referrals: [{to: POLICE, date: 2026-03-01, withConsent: true}]
                """);
        // WHEN it is read
        Scenario s = Scenarios.read(file);
        // THEN the adult keeps its other fields, the list is replaced, and the case itself is unchanged
        assertThat(s.clearedBy().adult().id()).isEqualTo("A-1");
        assertThat(s.clearedBy().adult().age()).isEqualTo(70);
        assertThat(s.clearedBy().adult().seenAndSpokenTo()).isTrue();
        assertThat(s.clearedBy().referrals()).singleElement().satisfies(r -> assertThat(r.to()).isEqualTo(ReferralTarget.POLICE));
        assertThat(s.clearedBy().network()).hasSize(1);
        assertThat(s.safeguardingCase().adult().seenAndSpokenTo()).isFalse();
        assertThat(s.safeguardingCase().referrals()).singleElement().satisfies(r -> assertThat(r.to()).isEqualTo(ReferralTarget.OTHER));
        assertThat(s.clears()).isNull();
    }

    @Test
    void a_record_that_answers_the_warning_clears_it(@TempDir Path dir) throws IOException {
        // GIVEN TST-01 fires, and the clearedBy record is the police referral it asks for; TST-04 is excused by clears
        Path file = write(dir, "s.yaml", CASE.formatted("cleared") + """
                fires: [TST-01, TST-04]
                clears: [TST-01]
                clearedBy:
                  referrals: [{to: POLICE, date: 2026-03-01, withConsent: true}]
                """);
        // WHEN it runs
        ScenarioResult r = Scenarios.run(Scenarios.read(file), advisor);
        // THEN it passes and shows TST-01 cleared (not TST-04, which still fires)
        assertThat(r.failures()).isEmpty();
        assertThat(r.cleared()).containsExactly("TST-01");
        assertThat(r.clearedAdvice().codes()).containsExactly("TST-04");
    }

    @Test
    void without_clears_every_warning_in_fires_must_clear(@TempDir Path dir) throws IOException {
        // GIVEN the same scenario without clears: TST-04 is a warning in fires, and the referral does not clear it
        Path file = write(dir, "s.yaml", CASE.formatted("not cleared") + """
                fires: [TST-01, TST-04]
                clearedBy:
                  referrals: [{to: POLICE, date: 2026-03-01, withConsent: true}]
                """);
        // WHEN it runs / THEN it fails on TST-04 only
        ScenarioResult r = Scenarios.run(Scenarios.read(file), advisor);
        assertThat(r.failures()).containsExactly("expected TST-04 to be silent on the clearedBy case");
        assertThat(r.cleared()).containsExactly("TST-01");
    }

    @Test
    void a_failing_clearedBy_names_the_file_and_prints_every_finding_of_both_cases(@TempDir Path dir) throws IOException {
        // GIVEN a clearedBy record that answers TST-01 in a way that raises TST-02 (no consent)
        Path file = write(dir, "area/tst-01-cleared-by-referral.yaml", CASE.formatted("raises another") + """
                fires: [TST-01]
                clearedBy:
                  referrals: [{to: POLICE, date: 2026-03-01, withConsent: false}]
                """);
        // WHEN its dynamic test runs
        DynamicTest test = Scenarios.dynamicTests(dir, ScenariosTest::builder).toList().get(0);
        // THEN it fails, naming the file, the new warning, and every finding (code and severity) of both evaluations
        assertThat(test.getDisplayName()).isEqualTo("area/tst-01-cleared-by-referral.yaml".replace('/', java.io.File.separatorChar));
        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(AssertionError.class).hasMessage(
                "Scenario 'raises another' (" + file + ") failed:\n"
                + "  - expected no new warning on the clearedBy case, but TST-02 WARNING fires there and not on the case\n"
                + "The advice had:\n"
                + "  TST-01 WARNING: Implicated and the police not told.\n"
                + "      network[0].implicated = true\n"
                + "  TST-04 WARNING: Implicated.\n"
                + "      network[0].implicated = true\n"
                + "The advice on the clearedBy case had:\n"
                + "  TST-02 WARNING: Police told without consent.\n"
                + "      referrals[0].withConsent = false\n"
                + "  TST-04 WARNING: Implicated.\n"
                + "      network[0].implicated = true");
    }

    @Test
    void a_code_the_rule_set_does_not_have_is_a_failure_not_a_pass(@TempDir Path dir) throws IOException {
        // GIVEN a scenario whose doesNotFire, exactly and clears name codes no rule has (a typo passes silently otherwise)
        Path file = write(dir, "typo.yaml", CASE.formatted("typo") + """
                fires: [TST-01]
                doesNotFire: [TST-10]
                clears: [TST-01]
                clearedBy:
                  referrals: [{to: POLICE, date: 2026-03-01, withConsent: true}]
                """);
        Path exactly = write(dir, "typo-exactly.yaml", CASE.formatted("typo in exactly") + """
                exactly: [TST-01, TST-04, TST-4]
                """);
        // WHEN they run
        List<ScenarioResult> results = Scenarios.runFolder(dir, ScenariosTest::builder);
        // THEN each fails naming the list and the code (files run in path order: "typo-exactly" before "typo."); the
        // dynamic test names the file
        assertThat(results.get(1).failures()).containsExactly("doesNotFire names TST-10, which is not a code of the rule set");
        assertThat(results.get(0).failures()).containsExactly(
                "exactly names TST-4, which is not a code of the rule set",
                "expected exactly [TST-01, TST-04, TST-4]; missing [TST-4], unexpected []");
        DynamicTest test = Scenarios.dynamicTests(dir, ScenariosTest::builder).toList().get(1);
        assertThatThrownBy(() -> test.getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Scenario 'typo' (" + file + ") failed:\n"
                        + "  - doesNotFire names TST-10, which is not a code of the rule set\n"
                        + "The advice had:\n");
    }

    @Test
    void an_unreadable_scenario_is_reported_with_its_file_and_the_run_goes_on(@TempDir Path dir) throws IOException {
        // GIVEN a file that is not YAML, a file whose clearedBy breaks the case, and a good file, in that order
        Path notYaml = write(dir, "a-not-yaml.yaml", "name: [unclosed\n");
        Path badCase = write(dir, "b-bad-clearedBy.yaml", CASE.formatted("bad clearedBy") + """
                fires: [TST-01]
                clearedBy:
                  adult: {age: old}
                """);
        write(dir, "c-good.yaml", CASE.formatted("good") + "fires: [TST-01, TST-04]\n");
        // WHEN the folder runs
        List<ScenarioResult> results = Scenarios.runFolder(dir, ScenariosTest::builder);
        // THEN the two bad files fail with their problems and the good one still runs and passes
        assertThat(results).hasSize(3);
        assertThat(results.get(0).source()).isEqualTo(notYaml.toUri());
        assertThat(results.get(0).scenario()).isNull();
        assertThat(results.get(0).failures()).singleElement().asString()
                .startsWith("cannot be read: (document): not valid YAML: ");
        assertThat(results.get(1).source()).isEqualTo(badCase.toUri());
        assertThat(results.get(1).failures()).containsExactly(
                "cannot be read: clearedBy.adult.age: expected a whole number but was text");
        assertThat(Scenarios.describe(results.get(1)))
                .isEqualTo("  - cannot be read: clearedBy.adult.age: expected a whole number but was text");
        assertThat(results.get(2).passed()).isTrue();
    }

    @Test
    void clears_and_clearedBy_must_make_sense_together(@TempDir Path dir) throws IOException {
        // GIVEN clears without clearedBy, naming a code not in fires; and clearedBy that is not a map
        Path clears = write(dir, "clears.yaml", CASE.formatted("clears alone") + """
                fires: [TST-01]
                clears: [TST-04]
                """);
        Path notMap = write(dir, "not-map.yaml", CASE.formatted("not a map") + """
                fires: [TST-01]
                clearedBy: [referrals]
                """);
        // WHEN / THEN reading each names every problem
        assertThatThrownBy(() -> Scenarios.read(clears)).isInstanceOf(InvalidCaseException.class).hasMessage(
                "Invalid case " + clears + " (2 problems):\n"
                + "  - clears: needs clearedBy: the record that clears them\n"
                + "  - clears: not listed in fires: [TST-04]");
        assertThatThrownBy(() -> Scenarios.read(notMap)).isInstanceOf(InvalidCaseException.class).hasMessage(
                "Invalid case " + notMap + " (1 problem):\n"
                + "  - clearedBy: must be a map: the part of the case to add or change");
    }

    @Test
    void the_gate_lists_every_warning_no_passing_scenario_clears(@TempDir Path dir) throws IOException {
        // GIVEN one passing scenario that clears TST-01, and a failing one that would have cleared TST-04
        write(dir, "clears-01.yaml", CASE.formatted("clears TST-01") + """
                fires: [TST-01]
                clearedBy:
                  referrals: [{to: POLICE, date: 2026-03-01, withConsent: true}]
                """);
        write(dir, "fails.yaml", CASE.formatted("fails") + """
                fires: [TST-04, TST-99]
                clearedBy:
                  network: []
                """);
        List<ScenarioResult> results = Scenarios.runFolder(dir, ScenariosTest::builder);
        List<RuleInfo> local = advisor.rules().stream().filter(RuleInfo::local).toList();
        // WHEN the gate runs over the local rules / THEN TST-02 (never cleared) and TST-04 (only by a failing one)
        assertThat(results.get(1).passed()).isFalse();
        assertThat(Scenarios.neverShownCleared(results, local)).containsExactly("TST-02", "TST-04");
        assertThat(Scenarios.coverage(results, local).get("neverShownCleared")).containsExactly("TST-02", "TST-04");
    }
}
