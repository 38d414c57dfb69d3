package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.Stage;

/** Bad input gets a clear error naming every problem and where it is; never a stack trace, never partial advice. */
class CaseJsonTest {

    private static InvalidCaseException invalid(String json) {
        try {
            CaseJson.read(json, "case.json");
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("expected InvalidCaseException");
    }

    @Test
    void reads_a_valid_case_and_writes_it_back_the_same() {
        SafeguardingCase c = CaseJson.read("""
                {"id": "C-1", "stage": "ENQUIRY", "adult": {"id": "A-1", "age": 70},
                 "dates": {"concernRaised": "2026-02-01"}, "capacityAssessments": [{"decision": "x", "reasons": ["UNWISE_DECISION"]}]}
                """, "case.json");
        assertThat(c.stage()).isEqualTo(Stage.ENQUIRY);
        assertThat(c.dates().concernRaised()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(c.concerns()).isEmpty();
        assertThat(CaseJson.read(CaseJson.write(c), "again")).isEqualTo(c);
    }

    @Test
    void names_every_problem_with_path_and_line_in_one_go() {
        InvalidCaseException e = invalid("""
                {
                  "id": "C-1",
                  "stage": "OPEN",
                  "adult": {"id": "A-1", "agee": 70},
                  "dates": {"concernRaised": "2026-02-30"},
                  "risk": {"dashScore": "high"}
                }
                """);
        assertThat(e.problems()).extracting(InvalidCaseException.Problem::path)
                .containsExactly("stage", "adult.agee", "dates.concernRaised", "risk.dashScore");
        assertThat(e.getMessage())
                .contains("stage (line 3, column 12): 'OPEN' is not allowed: expected one of [RECORD_ONLY, CONCERN, S42_DECISION, ENQUIRY, PLAN, CLOSED]")
                .contains("adult.agee (line 4, column ").contains("unknown field 'agee'; allowed fields: accessObstructed, age,")
                .contains("dates.concernRaised (line 5, column 30): '2026-02-30' is not a valid date")
                .contains("risk.dashScore (line 6, column 25): expected a whole number but was text");
    }

    @Test
    void malformed_json_names_line_and_column() {
        InvalidCaseException e = invalid("{\n \"id\": \"C-1\",\n \"stage\": \n}");
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("Invalid case case.json (1 problem):");
    }

    @Test
    void wrong_types_are_problems_not_coerced() {
        InvalidCaseException e = invalid("""
                {"id": "C-1", "stage": "CONCERN", "adult": {"id": "A-1", "seenAlone": "yes", "age": "70"}, "concerns": {"id": "x"}}
                """);
        assertThat(e.problems()).extracting(InvalidCaseException.Problem::path)
                .containsExactly("adult.seenAlone", "adult.age", "concerns");
        assertThat(e.getMessage()).contains("expected true or false").contains("expected a whole number").contains("expected a list");
    }

    @Test
    void empty_null_and_non_object_documents_are_refused(@TempDir Path dir) throws IOException {
        assertThat(invalid("").getMessage()).contains("the document is empty");
        assertThat(invalid("   \n").getMessage()).contains("the document is empty");
        assertThat(invalid("null").getMessage()).contains("the document is null");
        assertThat(invalid("[1,2]").getMessage()).contains("expected an object but was a list");
        assertThatThrownBy(() -> CaseJson.read(dir)).isInstanceOf(InvalidCaseException.class)
                .hasMessage("Invalid case " + dir + " (1 problem):\n  - (document): is a directory, not a case file");
        assertThatThrownBy(() -> CaseJson.read(dir.resolve("missing.json"))).isInstanceOf(InvalidCaseException.class)
                .hasMessage("Invalid case " + dir.resolve("missing.json") + " (1 problem):\n  - (document): no such file");
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1, 2});
        assertThatThrownBy(() -> CaseJson.read(binary)).isInstanceOf(InvalidCaseException.class);
    }

    @Test
    void error_messages_never_quote_free_text_from_the_case() {
        InvalidCaseException e = invalid("""
                {"id": "C-1", "stage": "CONCERN", "adult": {"id": "A-1"},
                 "desiredOutcomes": [{"words": ["CANARY-secret-words"]}]}
                """);
        assertThat(e.getMessage()).doesNotContain("CANARY").contains("desiredOutcomes[0].words");
    }

    @Test
    void semantic_problems_are_all_reported_against_the_evaluation_date() {
        SafeguardingCase c = CaseJson.read("""
                {"id": "C-1", "stage": "CLOSED", "adult": {"id": "A-1", "dateOfBirth": "2031-02-01"},
                 "dates": {"concernRaised": "2026-02-10", "closed": "2026-02-01"},
                 "actions": [{"id": "A-1", "servesOutcomes": ["O-9"]}]}
                """, "case.json");
        assertThatThrownBy(() -> TestAdvisors.bundled().evaluate(c, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("""
                        Invalid case case C-1 (3 problems):
                          - adult.dateOfBirth: 2031-02-01 is in the future (as of 2026-03-01)
                          - dates.closed: 2026-02-01 is before dates.concernRaised 2026-02-10
                          - actions[0].servesOutcomes[0]: names no desired outcome in desiredOutcomes[].id""");
    }

    @Test
    void required_fields_are_named() {
        SafeguardingCase c = CaseJson.read("{\"adult\": {}}", "case.json");
        assertThatThrownBy(() -> TestAdvisors.bundled().evaluate(c, LocalDate.of(2026, 3, 1)))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("""
                        Invalid case case (3 problems):
                          - id: is required
                          - stage: is required
                          - adult.id: is required""");
    }

    @Test
    void oversized_and_deeply_nested_documents_are_refused() {
        String deep = "{\"id\": \"C\", \"stage\": \"CONCERN\", \"adult\": {\"id\": \"A\"}, \"agencies\": " + "[".repeat(100) + "]".repeat(100) + "}";
        // agencies[0] is a list where text belongs; skipping it, the reader meets level 33 (the case object is level 1)
        assertThat(invalid(deep).problems()).extracting(InvalidCaseException.Problem::message)
                .containsExactly("expected text but was a list", "Document nesting depth (33) exceeds the maximum allowed (32)");
        String longText = "{\"id\": \"" + "x".repeat(CaseJson.MAX_STRING_LENGTH + 1) + "\", \"stage\": \"CONCERN\"}";
        assertThat(invalid(longText).problems()).extracting(InvalidCaseException.Problem::message)
                .containsExactly("String value length (20001) exceeds the maximum allowed (20000)");
        byte[] huge = new byte[CaseJson.MAX_DOCUMENT_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        assertThatThrownBy(() -> CaseJson.read(huge, "huge.json"))
                .hasMessage("Invalid case huge.json (1 problem):\n  - (document): the document is larger than 4194304 bytes");
    }
}
