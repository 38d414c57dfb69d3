package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.Action;
import uk.msp.model.ActionStatus;
import uk.msp.model.ActionType;
import uk.msp.model.AtRisk;
import uk.msp.model.Concern;
import uk.msp.model.NetworkPerson;
import uk.msp.model.RiskIndicator;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.InvalidCaseException.Problem;
import uk.msp.rules.internal.CaseValidator;

/**
 * The limits on what is read and evaluated: a document at each limit is accepted, one past it is refused naming the
 * limit and where it was passed. Limits bound the work one case can cause, so that a large case is refused as bad
 * input rather than mistaken for a runaway rule.
 */
class CaseLimitsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    static final String HEAD = "{\"id\": \"C-1\", \"stage\": \"ENQUIRY\", \"adult\": {\"id\": \"A-1\"}";

    static InvalidCaseException refused(byte[] json) {
        try {
            CaseJson.read(json, "case.json");
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("expected InvalidCaseException");
    }

    static byte[] padded(String json, int size) {
        byte[] out = new byte[size];
        byte[] doc = json.getBytes(StandardCharsets.UTF_8);
        java.util.Arrays.fill(out, (byte) ' ');
        System.arraycopy(doc, 0, out, 0, doc.length);
        return out;
    }

    @Test
    void a_document_of_the_largest_size_is_read_and_one_byte_more_is_refused(@TempDir Path dir) throws Exception {
        byte[] largest = padded(HEAD + "}", CaseJson.MAX_DOCUMENT_BYTES);
        assertThat(CaseJson.read(largest, "case.json").id()).isEqualTo("C-1");
        byte[] tooLarge = padded(HEAD + "}", CaseJson.MAX_DOCUMENT_BYTES + 1);
        assertThat(refused(tooLarge).getMessage()).contains("(document): the document is larger than 4194304 bytes");
        Path file = dir.resolve("large.json");
        Files.write(file, tooLarge);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> CaseJson.read(file), InvalidCaseException.class)
                .getMessage()).contains("the file is larger than 4194304 bytes");
    }

    @Test
    void nesting_to_the_deepest_level_is_parsed_and_one_level_deeper_is_refused_with_its_line() {
        // The case object is level 1 and "agencies" level 2, so n more lists reach level n + 2.
        String deepest = HEAD + ", \"agencies\": [" + "[".repeat(CaseJson.MAX_DEPTH - 2) + "]".repeat(CaseJson.MAX_DEPTH - 2) + "]}";
        InvalidCaseException typeError = refused(deepest.getBytes(StandardCharsets.UTF_8));
        assertThat(typeError.getMessage()).contains("agencies[0]").contains("expected text but was a list").doesNotContain("nesting depth");

        String tooDeep = HEAD + ", \"agencies\": [" + "[".repeat(CaseJson.MAX_DEPTH - 1) + "]".repeat(CaseJson.MAX_DEPTH - 1) + "]}";
        InvalidCaseException e = refused(tooDeep.getBytes(StandardCharsets.UTF_8));
        // The first list inside "agencies" is a type problem; skipping it, the reader meets level 33.
        assertThat(e.problems()).extracting(Problem::message)
                .containsExactly("expected text but was a list", "Document nesting depth (33) exceeds the maximum allowed (32)");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void an_unknown_field_cannot_hide_a_value_past_the_limits() {
        // The reader skips an unknown field's value; the limits apply to what it skips all the same.
        String deepUnknown = HEAD + ", \"notes\": " + "[".repeat(40) + "]".repeat(40) + "}";
        assertThat(refused(deepUnknown.getBytes(StandardCharsets.UTF_8)).problems()).extracting(Problem::message)
                .contains("Document nesting depth (33) exceeds the maximum allowed (32)");
        String longUnknown = HEAD + ", \"notes\": {\"x\": \"" + "y".repeat(20_001) + "\"}}";
        assertThat(refused(longUnknown.getBytes(StandardCharsets.UTF_8)).problems()).extracting(Problem::message)
                .contains("String value length (20001) exceeds the maximum allowed (20000)");
    }

    @Test
    void text_of_the_greatest_length_is_read_and_evaluated_and_one_character_more_is_refused_naming_where() {
        String longest = HEAD + ", \"s42\": {\"rationale\": \"" + "x".repeat(CaseJson.MAX_STRING_LENGTH) + "\"}}";
        SafeguardingCase c = CaseJson.read(longest, "case.json");
        assertThat(c.s42().rationale()).hasSize(CaseJson.MAX_STRING_LENGTH);
        assertThat(TestAdvisors.bundled().evaluate(c, AS_OF).caseId()).isEqualTo("C-1");

        String tooLong = HEAD + ", \"s42\": {\"rationale\": \"" + "x".repeat(CaseJson.MAX_STRING_LENGTH + 1) + "\"}}";
        InvalidCaseException e = refused(tooLong.getBytes(StandardCharsets.UTF_8));
        assertThat(e.problems()).extracting(Problem::message)
                .containsExactly("String value length (20001) exceeds the maximum allowed (20000)");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void a_very_long_field_name_or_number_is_refused_naming_where() {
        InvalidCaseException name = refused((HEAD + ", \"" + "n".repeat(30_000) + "\": 1}").getBytes(StandardCharsets.UTF_8));
        assertThat(name.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
        assertThat(name.problems()).extracting(Problem::message).containsExactly("Name length (30000) exceeds the maximum allowed (20000)");
        // Found by MalformedCasesTest (ODD_NUMBER): an over-long number was reported with neither path nor line.
        InvalidCaseException number = refused((HEAD.replace("\"id\": \"A-1\"", "\"id\": \"A-1\", \"age\": 1" + "0".repeat(40)) + "}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(number.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isIn("adult", "adult.age");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).isEqualTo("Number value length (41) exceeds the maximum allowed (20)");
        });
    }

    @Test
    void lists_of_the_most_items_are_evaluated_and_one_item_more_is_refused_as_bad_input() {
        // Found by MalformedCasesTest (HUGE_ARRAY): 20,000 carers under stress made PAR-07 fire 20,000 times and the
        // case was refused as a runaway rule (an EvaluationException blaming PAR-07) instead of as bad input.
        int most = CaseValidator.MAX_LIST_ITEMS;
        NetworkPerson carer = new NetworkPerson("N-1", null, List.of(), false, false, null, null, null, null, true, false);
        Action drifting = new Action("A-1", ActionType.PROTECTION_PLAN, ActionStatus.AGREED, null, null, List.of(), null,
                List.of(), null, AS_OF.minusDays(10), null, null, null, null, null, null, null, null);
        Concern danger = new Concern("C-1", AS_OF.minusDays(3), List.of(), null, null, null, true, true, true, true, true,
                List.of(AtRisk.CHILDREN), List.of(RiskIndicator.WEAPONS, RiskIndicator.SERIOUS_UNEXPLAINED_INJURY), true, true);
        SafeguardingCase largest = SafeguardingCase.builder("C-1", uk.msp.model.Stage.PLAN, uk.msp.model.Adult.withId("A-1"))
                .network(Collections.nCopies(most, carer)).actions(Collections.nCopies(most, drifting))
                .concerns(Collections.nCopies(most, danger)).agencies(Collections.nCopies(most, "agency"))
                .previousConcerns(Collections.nCopies(most, AS_OF.minusDays(100))).build();
        Advice advice = TestAdvisors.bundled().evaluate(largest, AS_OF);
        assertThat(advice.codes()).contains("PAR-07", "PRO-07", "PRO-01");

        SafeguardingCase tooLarge = CaseArbitraries.with(largest, "network", Collections.nCopies(most + 1, carer));
        InvalidCaseException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> TestAdvisors.bundled().evaluate(tooLarge, AS_OF), InvalidCaseException.class);
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("network: has 501 items: at most 500 are accepted");
    }

    @Test
    void a_long_value_quoted_in_a_parser_message_is_redacted_without_overflowing_the_stack() {
        // Found by MalformedCasesTest (VERY_LONG_STRING): the redaction regex recursed once per character.
        String value = "x".repeat(CaseJson.MAX_STRING_LENGTH * 5);
        assertThat(CaseJson.redact("from String \"" + value + "\" here")).isEqualTo("from String \"...\" here");
        assertThat(CaseJson.redact("deserialize from String value ('" + value + "')")).isEqualTo("deserialize from String value (...)");
        assertThat(CaseJson.redact("Unrecognized token '" + value + "': was expecting (JSON String)"))
                .isEqualTo("Unrecognized token: was expecting (JSON String)");
    }
}
