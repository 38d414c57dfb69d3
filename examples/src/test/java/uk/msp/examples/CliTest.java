package uk.msp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.examples.cli.MspCommand;

/** The msp tool as a user runs it: output, exit codes, and clear errors with no stack trace. */
class CliTest {
    static final Path CASES = Path.of("cases");

    record Run(int code, String out, String err) {}

    static Run msp(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MspCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void evaluates_a_bundled_case_as_readable_text_grouped_by_principle() {
        Run r = msp("evaluate", CASES.resolve("mrs-okafor-discharge.json").toString(), "--as-of", "2026-03-02");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Case EX-2026-0142 as of 2026-03-02")
                .contains("EMPOWERMENT")
                .contains("[WARNING] MCA-03  Capacity judged lacking because the decision looks unwise")
                .contains("Basis: Mental Capacity Act 2005 s.1(4)")
                .contains("Because: capacityAssessments[0].conclusion = LACKS_CAPACITY");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void shows_the_checklist_as_one_block_after_the_warnings() {
        Run r = msp("evaluate", CASES.resolve("mr-hughes-attorney.json").toString(), "--as-of", "2026-03-02");
        assertThat(r.code()).isZero();
        int checklist = r.out().indexOf("CHECKLIST: steps of the MSP conversation not yet recorded");
        assertThat(checklist).as(r.out()).isPositive();
        assertThat(r.out().lastIndexOf("[WARNING]")).isLessThan(checklist);
        assertThat(r.out().substring(checklist)).contains("[ ] ").doesNotContain("[WARNING]").doesNotContain("Because:");
    }

    @Test
    void prints_json_and_cds_hooks_cards() {
        Run json = msp("evaluate", CASES.resolve("mrs-okafor-discharge.json").toString(), "--as-of", "2026-03-02", "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"caseId\" : \"EX-2026-0142\"").contains("\"code\" : \"MCA-03\"");
        Run cards = msp("evaluate", CASES.resolve("mrs-okafor-discharge.json").toString(), "--as-of", "2026-03-02", "--format", "cds-hooks");
        assertThat(cards.code()).isZero();
        assertThat(cards.out()).contains("\"cards\"").contains("\"indicator\" : \"warning\"").contains("\"uk.msp.evidence\"");
    }

    @Test
    void bad_input_exits_2_with_every_problem_and_no_stack_trace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"id\": \"X\", \"stage\": \"OPEN\", \"adult\": {\"id\": \"A\", \"age\": \"old\"}}");
        Run r = msp("evaluate", bad.toString(), "--as-of", "2026-03-02");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("stage (line 1, column").contains("'OPEN' is not allowed")
                .contains("adult.age").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();

        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertThat(msp("evaluate", empty.toString()).err()).contains("the document is empty");
        Run directory = msp("evaluate", dir.toString());
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains("is a directory, not a case file");
        Run missing = msp("evaluate", dir.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Run badDate = msp("evaluate", CASES.resolve("mrs-okafor-discharge.json").toString(), "--as-of", "2026-02-30");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).doesNotContain("\tat ");
        Run future = msp("evaluate", CASES.resolve("mrs-okafor-discharge.json").toString(), "--as-of", "2026-01-01");
        assertThat(future.code()).isEqualTo(2);
        assertThat(future.err()).contains("is in the future (as of 2026-01-01)");
    }

    @Test
    void runs_scenarios_and_checks_local_rules() {
        Run scenarios = msp("scenarios", "local-rules/scenarios", "--rules", "local-rules");
        assertThat(scenarios.code()).as(scenarios.out() + scenarios.err()).isZero();
        assertThat(scenarios.out()).contains("4 passed, 0 failed");
        Run check = msp("check-rules", "local-rules");
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("OK: 2 local rules compiled").contains("ANY-01").contains("ANY-02");
    }

    @Test
    void scenarios_coverage_with_local_rules_reports_the_local_codes_only_and_exits_0_when_covered() {
        // GIVEN the local example scenarios, which show ANY-01 (DRL) and ANY-02 (sentences) firing and silent (PROMPTs)
        Run r = msp("scenarios", "local-rules/scenarios", "--rules", "local-rules", "--coverage");
        // THEN coverage names no bundled code and finds no gap
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).endsWith("""
                4 passed, 0 failed
                Coverage of the local rules:
                Rules never shown firing: none
                Rules never shown silent: none
                Warnings never shown cleared: none
                """);
    }

    @Test
    void scenarios_coverage_exits_1_when_there_are_gaps(@TempDir Path dir) throws IOException {
        // GIVEN only the scenario that shows ANY-01 firing (none shows it silent, none shows ANY-02 at all)
        Files.copy(Path.of("local-rules/scenarios/any-01-implicated-carer.yaml"), dir.resolve("fires.yaml"));
        // WHEN coverage is asked for
        Run r = msp("scenarios", dir.toString(), "--rules", "local-rules", "--coverage");
        // THEN every scenario passed, but the gap makes it exit 1
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                PASS  fires.yaml  Mr Hughes' daughter is his attorney, his carer and the person alleged
                1 passed, 0 failed
                Coverage of the local rules:
                Rules never shown firing: ANY-02
                Rules never shown silent: ANY-01, ANY-02
                Warnings never shown cleared: none
                """);
        // AND without --coverage the same folder passes
        assertThat(msp("scenarios", dir.toString(), "--rules", "local-rules").code()).isZero();
    }

    @Test
    void scenarios_print_every_finding_of_a_failing_scenario_and_go_on_past_an_unreadable_one(@TempDir Path dir)
            throws IOException {
        // GIVEN an unreadable file, a failing scenario and a passing one
        Files.writeString(dir.resolve("a-bad.yaml"), """
                name: bad
                asOf: 2026-03-02
                case: {id: X, stage: OPEN, adult: {id: A, age: 70}}
                fires: [ANY-01]
                """);
        Files.writeString(dir.resolve("b-fails.yaml"), """
                name: the carer is implicated
                asOf: 2026-03-02
                case: {id: X, stage: RECORD_ONLY, adult: {id: A, age: 70},
                       network: [{id: N-1, relationship: FAMILY, roles: [UNPAID_CARER], implicated: true}]}
                doesNotFire: [ANY-01]
                """);
        Files.copy(Path.of("local-rules/scenarios/any-01-implicated-carer.yaml"), dir.resolve("c-passes.yaml"));
        // WHEN the folder runs
        Run r = msp("scenarios", dir.toString(), "--rules", "local-rules");
        // THEN each is reported, the failing one with every actual finding, and the run exits 1
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("""
                FAIL  a-bad.yaml  (cannot be read)
                        - cannot be read: case.stage: 'OPEN' is not allowed: expected one of [RECORD_ONLY, CONCERN, S42_DECISION, ENQUIRY, PLAN, CLOSED]
                FAIL  b-fails.yaml  the carer is implicated
                        - expected ANY-01 not to fire
                      The advice had:
                        ANY-01 PROMPT: The person alleged is also the adult's unpaid carer: plan who will provide care before contact changes.
                            network[0].implicated = true
                            network[0].roles = [UNPAID_CARER]
                PASS  c-passes.yaml  Mr Hughes' daughter is his attorney, his carer and the person alleged
                1 passed, 2 failed
                """);
    }

    @Test
    void check_rules_names_file_and_line_of_a_broken_rule(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                // broken on purpose
                package uk.anyshire.rules;
                import uk.msp.model.*;
                rule "ANY-09 broken"
                when
                    Adult( agee > 18 )
                then
                end
                """);
        // The terminal gets the tool's own report only: Drools' ERROR log of the same error is switched off.
        java.io.PrintStream terminal = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        Run r;
        try {
            System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
            r = msp("check-rules", dir.toString());
        } finally {
            System.setErr(terminal);
        }
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualToNormalizingNewlines("""
                The rule set has 1 problem:
                  - local/broken.drl:6: Adult has no field 'agee': did you mean 'age'?
                """);
        assertThat(logged.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void prints_the_catalogue() {
        Run r = msp("catalogue");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("| code | principle |").contains("| MCA-03 | Empowerment | WARNING |");
        assertThat(msp("catalogue", "--format", "csv").out()).startsWith("code,principle,severity");
    }

    @Test
    void the_catalogue_names_a_principle_the_same_way_in_markdown_and_csv() {
        assertThat(msp("catalogue").out()).contains("| ABU-01 | Protection | PROMPT |");
        assertThat(msp("catalogue", "--format", "csv").out()).contains("\nABU-01,Protection,PROMPT,active,0.1.0,false,false,false,");
    }

    @Test
    void a_local_policy_citation_says_so_once() {
        Run r = msp("catalogue", "--rules", "local-rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("| Anyshire Safeguarding Adults Procedure 7.3 (local policy, not statute) |")
                .doesNotContain("(good practice, not statute)) |").doesNotContain("7.3 (local policy, not statute) (");
    }

    @Test
    void no_command_prints_the_usage_on_stderr_and_exits_2() {
        Run r = msp();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: msp [-hV] [COMMAND]");
    }

    @Test
    void generate_refuses_to_overwrite_a_file_unless_forced(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("cases.jsonl");
        Files.writeString(out, "keep me\n");
        Run refused = msp("generate", "--count", "2", "--out", out.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("Error: " + out + " already exists; add --force to overwrite it" + System.lineSeparator());
        assertThat(Files.readString(out)).isEqualTo("keep me\n");

        Run forced = msp("generate", "--count", "2", "--out", out.toString(), "--force");
        assertThat(forced.code()).isZero();
        assertThat(forced.out()).isEqualTo("Wrote 2 synthetic cases (seed 2026) to " + out + System.lineSeparator());
        assertThat(Files.readAllLines(out)).hasSize(2);
    }
}
