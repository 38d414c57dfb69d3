package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;

/**
 * Local rules written in sentences (.dslr) run beside the bundled DRL and give the same findings as the same rules
 * written in DRL: "aged 90 or over with no advocate recorded", and three conditions of the bundled catalogue
 * (ADV-08, EMP-05 and PRO-06, each as simple as the original).
 */
class SentenceRulesTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    static final String HEADER = """
            package uk.anyshire.rules;

            import uk.msp.model.*;
            import uk.msp.rules.facts.*;
            import uk.msp.rules.drl.*;

            """;
    static final String META = "@principle(\"PROTECTION\") @severity(\"PROMPT\") @since(\"0.1.0\") @status(\"active\")";

    static final String SENTENCES = HEADER + """
            rule "LOC-01 aged 90 or over, no advocate"
                @code("LOC-01") %1$s
            when
                There is an adult
                The adult is aged 90 or over
                No advocate is recorded
            then
                Raise the finding
            end

            rule "LOC-02 substantial difficulty at concern stage, advocacy not considered"
                @code("LOC-02") %1$s
            when
                The case is at stage concern
                The adult has substantial difficulty in being involved
                No decision about advocacy is recorded
                No advocate is recorded
            then
                Raise the finding
            end

            rule "LOC-03 adult unclear, options not explained"
                @code("LOC-03") %1$s
            when
                The case is not closed
                The adult is unclear about what they want
                The options are not recorded as explained
            then
                Raise the finding
            end

            rule "LOC-04 support to take part needed, not provided"
                @code("LOC-04") %1$s
            when
                The case is not closed
                There is an adult
                The adult needs support to take part
                Support to take part is not recorded as provided
            then
                Raise the finding
            end
            """.formatted(META);

    static final String DRL = HEADER + """
            rule "LOC-01 aged 90 or over, no advocate"
                @code("LOC-01") %1$s
            when
                $d : AsOf()
                $a : Adult( Ages.of(this, $d) >= 90 )
                not Advocate()
            then
                Raise.finding(kcontext).because($a, "age", Ages.of($a, $d)).done();
            end

            rule "LOC-02 substantial difficulty at concern stage, advocacy not considered"
                @code("LOC-02") %1$s
            when
                $case : SafeguardingCase( stage == Stage.CONCERN, $adv : advocacy,
                                          advocacy.substantialDifficulty.isEmpty() == false, advocacy.decision == null )
                not Advocate()
            then
                Raise.finding(kcontext).because($adv, "decision", $adv.decision()).done();
            end

            rule "LOC-03 adult unclear, options not explained"
                @code("LOC-03") %1$s
            when
                SafeguardingCase( stage != Stage.CLOSED, $conv : conversation, conversation.adultUnclear == true,
                                  conversation.optionsExplained != true )
            then
                Raise.finding(kcontext).because($conv, "adultUnclear", $conv.adultUnclear()).done();
            end

            rule "LOC-04 support to take part needed, not provided"
                @code("LOC-04") %1$s
            when
                SafeguardingCase( stage != Stage.CLOSED, $adult : adult, adult.needsSupportToTakePart == true,
                                  adult.supportToTakePartProvided != true )
            then
                Raise.finding(kcontext).because($adult, "needsSupportToTakePart", $adult.needsSupportToTakePart()).done();
            end
            """.formatted(META);

    static final String WORDING = """
            LOC-01.summary=The adult is 90 or over and has no advocate recorded.
            LOC-01.detail=Consider whether an advocate would help.
            LOC-01.cite.1=LOCAL_POLICY|Anyshire procedure 9.1
            LOC-02.summary=Substantial difficulty at the concern stage and advocacy not considered.
            LOC-02.detail=Consider advocacy.
            LOC-02.cite.1=LOCAL_POLICY|Anyshire procedure 9.2
            LOC-03.summary=The adult is unclear about what they want and the options are not explained.
            LOC-03.detail=Explain the options.
            LOC-03.cite.1=LOCAL_POLICY|Anyshire procedure 9.3
            LOC-04.summary=The adult needs support to take part and none is recorded.
            LOC-04.detail=Arrange support.
            LOC-04.cite.1=LOCAL_POLICY|Anyshire procedure 9.4
            """;

    static MspAdvisor sentences;
    static MspAdvisor drl;

    @BeforeAll
    static void build(@TempDir Path dir) throws IOException {
        Path s = Files.createDirectories(dir.resolve("sentences"));
        Files.writeString(s.resolve("anyshire.dslr"), SENTENCES);
        Files.writeString(s.resolve("messages.properties"), WORDING);
        Path d = Files.createDirectories(dir.resolve("drl"));
        Files.writeString(d.resolve("anyshire.drl"), DRL);
        Files.writeString(d.resolve("messages.properties"), WORDING);
        sentences = MspAdvisor.builder().localRules(s).build();
        drl = MspAdvisor.builder().localRules(d).build();
    }

    /** A case: stage, adult (date of birth or age), advocacy, conversation. */
    static String json(String stage, String adult, String advocacy, String conversation) {
        return """
                {"id": "SC-LOC", "stage": "%s", "adult": {"id": "P-1", %s}, "advocacy": %s, "conversation": %s}
                """.formatted(stage, adult, advocacy, conversation);
    }

    static Set<String> local(Advice a) {
        return a.findings().stream().map(Finding::code).filter(c -> c.startsWith("LOC-"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    record Case(String name, String json, Set<String> expected) {}

    static final List<Case> CASES = List.of(
            new Case("92, no advocate, concern stage, difficulty, unclear, needs support",
                    json("CONCERN", "\"age\": 92, \"needsSupportToTakePart\": true",
                            "{\"substantialDifficulty\": [\"UNDERSTANDING\"]}", "{\"adultUnclear\": true}"),
                    Set.of("LOC-01", "LOC-02", "LOC-03", "LOC-04")),
            new Case("turns 90 on the evaluation date, advocate arranged",
                    json("ENQUIRY", "\"dateOfBirth\": \"1936-03-02\"",
                            "{\"substantialDifficulty\": [\"UNDERSTANDING\"], \"advocates\": [{\"basis\": \"CARE_ACT\", \"status\": \"ARRANGED\"}]}",
                            "{\"adultUnclear\": true, \"optionsExplained\": true}"),
                    Set.of()),
            new Case("turns 90 on the evaluation date, no advocate",
                    json("ENQUIRY", "\"dateOfBirth\": \"1936-03-02\"", "{}", "{}"),
                    Set.of("LOC-01")),
            new Case("89 the day before the birthday, support provided",
                    json("CONCERN", "\"dateOfBirth\": \"1936-03-03\", \"needsSupportToTakePart\": true, \"supportToTakePartProvided\": true",
                            "{\"substantialDifficulty\": [\"COMMUNICATING\"], \"decision\": \"NEEDED\"}", "{}"),
                    Set.of()),
            new Case("closed case, 95, everything owed",
                    json("CLOSED", "\"age\": 95, \"needsSupportToTakePart\": true", "{\"substantialDifficulty\": [\"RETAINING\"]}",
                            "{\"adultUnclear\": true}"),
                    Set.of("LOC-01")),
            new Case("age not recorded, concern stage, difficulty",
                    json("CONCERN", "\"careAndSupportNeeds\": true", "{\"substantialDifficulty\": [\"RETAINING\"]}", "{}"),
                    Set.of("LOC-02")));

    @Test
    void rules_in_sentences_give_the_same_codes_as_the_same_rules_in_drl() {
        for (Case c : CASES) {
            Advice bySentences = sentences.evaluate(CaseJson.read(c.json(), c.name()), AS_OF);
            Advice byDrl = drl.evaluate(CaseJson.read(c.json(), c.name()), AS_OF);
            assertThat(local(bySentences)).as("sentences: " + c.name()).isEqualTo(c.expected());
            assertThat(local(byDrl)).as("DRL: " + c.name()).isEqualTo(c.expected());
        }
    }

    @Test
    void a_finding_raised_by_sentences_carries_the_matched_facts_as_evidence() {
        Advice a = sentences.evaluate(CaseJson.read(CASES.get(2).json(), "c"), AS_OF);
        assertThat(a.finding("LOC-01").orElseThrow().evidence()).extracting(e -> e.path())
                .containsExactly("adult");
    }

    @Test
    void sentence_rules_are_in_the_catalogue_with_their_wording() {
        assertThat(sentences.rules()).filteredOn(r -> r.code().equals("LOC-01")).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("The adult is 90 or over and has no advocate recorded."));
    }

    @Test
    void a_misspelt_sentence_is_refused_with_file_line_and_the_closest_sentences(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("aged.dslr"), HEADER + """
                rule "LOC-01 aged 90 or over, no advocate"
                    @code("LOC-01") %s
                when
                    There is an adult
                    The adult is aged 90 or ovr
                    No advocat is recorded
                then
                    Raise the finding
                end
                """.formatted(META));
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build()).isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 2 problems:\n"
                        + "  - local/aged.dslr:11: no sentence matches 'The adult is aged 90 or ovr'; closest: "
                        + "'The adult is aged {n} or over', 'The adult is aged under {n}', 'The adult's age is not recorded'\n"
                        + "  - local/aged.dslr:12: no sentence matches 'No advocat is recorded'; closest: "
                        + "'No advocate is recorded', 'An advocate is recorded', 'No action is recorded'");
    }

    @Test
    void a_compile_error_in_a_dslr_file_names_its_own_line(@TempDir Path dir) throws IOException {
        // GIVEN a rule in sentences with one line of DRL passed through (">") holding a misspelt field, on line 11
        Files.writeString(dir.resolve("passed.dslr"), HEADER + """
                rule "LOC-06 passed through"
                    @code("LOC-06") %s
                when
                    There is an adult
                    > Adult( agee > 89 )
                then
                    Raise the finding
                end
                """.formatted(META));
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build()).isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/passed.dslr:11: Adult has no field 'agee': did you mean 'age'?");
    }

    @Test
    void a_code_the_model_does_not_have_is_refused_with_file_line_and_the_codes_it_has(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("stage.dslr"), HEADER + """
                rule "LOC-05 no such stage"
                    @code("LOC-05") %s
                when
                    The case is at stage planning
                then
                    Raise the finding
                end
                """.formatted(META));
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build()).isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/stage.dslr:10: 'planning' is not a stage the vocabulary"
                        + " knows; one of RECORD_ONLY, CONCERN, S42_DECISION, ENQUIRY, PLAN, CLOSED");
    }
}
