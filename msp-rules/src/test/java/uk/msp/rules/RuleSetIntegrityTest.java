package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.msp.model.SafeguardingCase;

/**
 * The rule set holds together: every rule has complete metadata and wording, codes are unique, wording has a rule,
 * summaries fit a card, and the precompiled and runtime-compiled rule sets agree. The advisor itself refuses to
 * build otherwise (RuleBase checks); these tests pin that it does, and check the DRL text conventions.
 */
class RuleSetIntegrityTest {
    static final Path RULES = Path.of("src/main/resources/uk/msp/rules");

    @Test
    void every_rule_has_metadata_wording_and_a_short_summary() {
        List<RuleInfo> rules = TestAdvisors.bundled().rules();
        assertThat(rules).isNotEmpty();
        for (RuleInfo r : rules) {
            assertThat(r.summary()).as(r.code() + " summary").isNotBlank().hasSizeLessThanOrEqualTo(140);
            assertThat(r.citations()).as(r.code() + " citations").isNotEmpty();
            assertThat(r.since()).as(r.code() + " since").isNotBlank();
            assertThat(r.status()).as(r.code() + " status").isIn("active", "draft", "retired");
            assertThat(r.file()).as(r.code() + " file").contains(".drl");
        }
    }

    @Test
    void codes_in_drl_are_unique_and_each_drl_file_opens_with_a_comment_and_matches_its_folder() throws IOException {
        Set<String> seen = new TreeSet<>();
        Pattern code = Pattern.compile("@code\\(\"([A-Z0-9]+-[0-9]+)\"\\)");
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String text = Files.readString(f);
                assertThat(text.stripLeading()).as(f + " opens with a comment on its purpose").startsWith("//");
                String folder = RULES.relativize(f.getParent()).toString().replace('/', '.');
                assertThat(text).as(f + " package matches folder").contains("package uk.msp.rules." + folder + ";");
                assertThat(text).as(f + " uses no standard streams").doesNotContain("System.out").doesNotContain("System.err");
                assertThat(text).as(f + " has no # comments").doesNotContainPattern("(?m)^\\s*#");
                Matcher m = code.matcher(text);
                while (m.find()) assertThat(seen.add(m.group(1))).as("duplicate code " + m.group(1)).isTrue();
            }
        }
        assertThat(seen).containsAll(TestAdvisors.bundled().rules().stream().map(RuleInfo::code).toList());
    }

    /**
     * Classify, then decide: findings are plain inserts, so a finding must never read a derived fact before the
     * classification rules have settled. The phases keep that order (a rule with no code in ruleflow-group
     * "classify", focused first; a rule with a code in the main group), and the advisor refuses a rule that orders
     * itself by salience or sits in the wrong phase, naming the file and line.
     */
    @Test
    void refuses_local_rules_that_break_the_classify_then_decide_phases(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("phases.drl"), """
                // local rules that break the phases
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.drl.Raise;
                rule "LOC-01 ordered by number"
                    @code("LOC-01") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                    salience 10
                when
                    $a : Adult()
                then
                    Raise.finding(kcontext).done();
                end
                rule "LOC-02 in the wrong phase"
                    @code("LOC-02") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                    ruleflow-group "classify"
                when
                    $a : Adult()
                then
                    Raise.finding(kcontext).done();
                end
                rule "classify: outside the phase"
                when
                    $a : Adult()
                then
                    insertLogical("an adult");
                end
                """);
        Files.writeString(dir.resolve("messages.properties"), """
                LOC-01.summary=Local rule.
                LOC-01.detail=Local detail.
                LOC-01.cite.1=GOOD_PRACTICE|Local procedure 4.2
                LOC-02.summary=Local rule.
                LOC-02.detail=Local detail.
                LOC-02.cite.1=GOOD_PRACTICE|Local procedure 4.3
                """);
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("""
                        The rule set has 3 problems:
                          - local/phases.drl:7: rule "LOC-01 ordered by number" sets salience: rules are ordered by \
                        phase, not salience; remove it (a rule with no @code runs in ruleflow-group "classify", a rule \
                        with a @code in none)
                          - local/phases.drl:15: rule "LOC-02 in the wrong phase" (LOC-02) raises findings, so it runs \
                        after every classification: remove ruleflow-group "classify"
                          - local/phases.drl:21: rule "classify: outside the phase" has no @code, so it derives facts \
                        for the finding rules: it must run first, in ruleflow-group "classify\"""");
    }

    /**
     * A local classification rule in its phase is accepted, and a local finding reads what it derived; Drools 10's
     * deprecated name for the group, {@code agenda-group}, names the same phase.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ruleflow-group", "agenda-group"})
    void a_local_classification_rule_in_the_classify_phase_settles_before_findings_read_it(String attribute,
            @TempDir Path dir) throws IOException {
        // GIVEN a finding that fires only where a derived fact is absent, written before the rule deriving it, and a
        // classification rule that derives the fact for every adult
        Files.writeString(dir.resolve("derive.drl"), """
                // a finding reading a local derived fact with "not"
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.drl.Raise;
                declare Known
                    adult : Adult
                end
                rule "LOC-01 adult not known"
                    @code("LOC-01") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    $a : Adult()
                    not Known( adult == $a )
                then
                    Raise.finding(kcontext).done();
                end
                rule "classify: every adult is known"
                    GROUP "classify"
                when
                    $a : Adult()
                then
                    insertLogical(new Known($a));
                end
                """.replace("GROUP", attribute));
        Files.writeString(dir.resolve("messages.properties"), """
                LOC-01.summary=Local rule.
                LOC-01.detail=Local detail.
                LOC-01.cite.1=GOOD_PRACTICE|Local procedure 4.2
                """);
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        // WHEN a case is evaluated THEN the finding never fired: the derived fact was there before it could
        SafeguardingCase c = CaseJson.read("""
                {"id": "C-1", "stage": "CONCERN", "adult": {"id": "A-1"}}""", "test");
        assertThat(advisor.evaluate(c, LocalDate.of(2026, 3, 2)).codes()).doesNotContain("LOC-01");
    }

    @Test
    void precompiled_and_runtime_compiled_rule_sets_have_the_same_rules() {
        MspAdvisor runtime = MspAdvisor.builder().compileAtRuntime(true).build();
        assertThat(runtime.rules()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("file")
                .isEqualTo(TestAdvisors.bundled().rules());
    }

    @Test
    void refuses_a_local_rule_without_complete_metadata(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("gap.drl"), """
                // a local rule missing its severity
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.drl.Raise;
                rule "LOC-01 no severity"
                    @code("LOC-01") @principle("PROTECTION") @since("0.1.0") @status("active")
                when
                    $a : Adult()
                then
                    Raise.finding(kcontext).done();
                end
                """);
        Files.writeString(dir.resolve("messages.properties"), """
                LOC-01.summary=Local rule.
                LOC-01.detail=Local detail.
                LOC-01.cite.1=GOOD_PRACTICE|Local procedure 4.2
                LOC-02.summary=Wording with no rule.
                LOC-02.detail=Nothing.
                LOC-02.cite.1=GOOD_PRACTICE|Local procedure 4.3
                """);
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("""
                        The rule set has 2 problems:
                          - local/gap.drl:6: rule "LOC-01 no severity" (LOC-01) has no @severity metadata
                          - local/messages.properties: wording for LOC-02 but no rule has that code""");
    }

    @Test
    void refuses_a_duplicate_code_and_a_summary_over_140_characters(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("dup.drl"), """
                // a local rule reusing a bundled code
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.drl.Raise;
                rule "LOC dup"
                    @code("MCA-03") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    $a : Adult()
                then
                    Raise.finding(kcontext).done();
                end
                """);
        Files.writeString(dir.resolve("messages.properties"), "MCA-01.summary=" + "x".repeat(141) + "\n");
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("""
                        The rule set has 2 problems:
                          - local/messages.properties:1: MCA-01 summary is 141 characters; at most 140 allowed
                          - local/dup.drl:6: duplicate code MCA-03 in rule "LOC dup": already used by rule "MCA-03 incapacity resting on an unwise decision\"""");
    }

    @Test
    void a_misspelt_field_is_named_with_the_nearest_field_of_the_fact(@TempDir Path dir) throws IOException {
        // GIVEN a local rule with a typo in a field name on line 6
        Files.writeString(dir.resolve("broken.drl"), """
                // a local rule with a typo in a field name
                package uk.council.rules;
                import uk.msp.model.*;
                rule "LOC-02 broken"
                when
                    Adult( agee > 18 )
                then
                end
                """);
        // WHEN the advisor is built THEN the one problem names the file as local/..., the line, the fact and 'age'
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/broken.drl:6: Adult has no field 'agee': did you mean 'age'?")
                .satisfies(e -> assertThat(((RuleSetException) e).problems()).containsExactly(new RuleSetException.Problem(
                        "local/broken.drl", 6, "Adult has no field 'agee': did you mean 'age'?")));
    }

    @Test
    void a_field_name_near_no_field_is_answered_with_the_facts_fields(@TempDir Path dir) throws IOException {
        // GIVEN a name three edits from every field of Adult ('age' and 'id' are the nearest)
        Files.writeString(dir.resolve("far.drl"), """
                // a local rule naming a field Adult does not have
                package uk.council.rules;
                import uk.msp.model.Adult;
                rule "LOC-04 far"
                when
                    $a : Adult( zzz == 1 )
                then
                end
                """);
        // THEN the problem lists Adult's 19 record components, sorted
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/far.drl:6: Adult has no field 'zzz'; its fields are"
                        + " accessObstructed, age, capacity, capacityDoubts, careAndSupportNeeds, communicationNeeds,"
                        + " communicationNeedsMet, culturalNeeds, dateOfBirth, fluctuatingCapacity, heardAnotherWay, id,"
                        + " needsSupportToTakePart, primarySupportReason, seeingAloneUnsafe, seenAlone, seenAndSpokenTo,"
                        + " supportToTakePartProvided, understandsAbuse, understandsEnquiry");
    }

    @Test
    void a_syntax_error_is_one_problem_with_no_empty_one_beside_it(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                // a local rule with a condition cut short
                package uk.council.rules;
                import uk.msp.model.*;
                rule "LOC-02 broken"
                when
                    Adult( age > )
                then
                end
                """);
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/broken.drl:6: [ERR 101] Line 6:17 no viable"
                        + " alternative at input ')' in rule \"LOC-02 broken\"");
    }

    @Test
    void metadata_problems_name_the_line_of_the_metadata_and_wording_problems_the_line_of_the_key(@TempDir Path dir)
            throws IOException {
        // GIVEN a rule whose @principle is on line 7 and is not a principle, and wording whose summary (line 3) is long
        Files.createDirectories(dir.resolve("area"));
        Files.writeString(dir.resolve("area/bad.drl"), """
                // a local rule with a principle that does not exist
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.drl.Raise;
                rule "LOC-03 bad principle"
                    @code("LOC-03") @severity("PROMPT") @since("0.1.0") @status("active")
                    @principle("KINDNESS")
                when
                    $a : Adult()
                then
                    Raise.finding(kcontext).done();
                end
                """);
        Files.writeString(dir.resolve("messages.properties"), """
                # Anyshire wording
                LOC-03.detail=Local detail.
                LOC-03.summary=%s
                LOC-03.cite.1=GOOD_PRACTICE|Local procedure 4.2
                """.formatted("x".repeat(141)));
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 2 problems:\n"
                        + "  - local/messages.properties:3: LOC-03 summary is 141 characters; at most 140 allowed\n"
                        + "  - local/area/bad.drl:7: rule \"LOC-03 bad principle\" has @principle 'KINDNESS': allowed "
                        + "[EMPOWERMENT, PREVENTION, PROPORTIONALITY, PROTECTION, PARTNERSHIP, ACCOUNTABILITY]");
    }

    @Test
    void refuses_a_local_rule_that_reaches_into_the_engines_internals(@TempDir Path dir) throws IOException {
        // GIVEN a local rule written against an old release, when Raise lived in uk.msp.rules.internal
        Files.writeString(dir.resolve("old.drl"), """
                // a local rule importing from internal (this comment names uk.msp.rules.internal and is not counted)
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.internal.Raise;
                rule "LOC-01 old import"
                    @code("LOC-01") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    $a : Adult()
                then
                    Raise.finding(kcontext).done();
                end
                """);
        // WHEN the advisor is built THEN it refuses, naming the line, before the compiler adds its own noise
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build())
                .isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/old.drl:4: uses uk.msp.rules.internal, which is not"
                        + " API and changes without notice: import what rules call from uk.msp.rules.drl (Raise, Days, Ages)");
    }
}
