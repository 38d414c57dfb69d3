package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.msp.model.Adult;
import uk.msp.model.Ability;
import uk.msp.model.SafeguardingCase;

/**
 * Input is bounded: dates from 1900-01-01 to 2100-12-31, ids of a documented character set and length, each field
 * at most once, and an evaluation deadline. Expected messages are written out by hand.
 */
class InputBoundsTest {
    static final LocalDate AS_OF = MspAdvisorTest.AS_OF;

    private static InvalidCaseException invalid(Runnable r) {
        try {
            r.run();
        } catch (InvalidCaseException e) {
            return e;
        }
        throw new AssertionError("expected InvalidCaseException");
    }

    @Test
    void dates_outside_1900_to_2100_are_refused_with_their_paths_and_evaluate_in_no_time() {
        // GIVEN the extreme dates that once held rule S42-06 for hours
        SafeguardingCase c = CaseJson.read("""
                {"id": "C-1", "stage": "ENQUIRY", "adult": {"id": "A-1", "dateOfBirth": "-999999999-01-01"},
                 "dates": {"concernRaised": "1899-12-31", "s42Decision": "2026-01-05"},
                 "concerns": [{"id": "K-1", "raised": "2101-01-01"}], "previousConcerns": ["1900-01-01", "2100-12-31"]}
                """, "case.json");
        // WHEN evaluated, as of a date itself out of range THEN every problem is named, at once (the previous
        // concerns are on the first and the last day accepted)
        InvalidCaseException e = invalid(() -> assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> TestAdvisors.bundled().evaluate(c, LocalDate.MAX)));
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "asOf: +999999999-12-31 is outside the accepted range 1900-01-01 to 2100-12-31",
                "dates.concernRaised: 1899-12-31 is outside the accepted range 1900-01-01 to 2100-12-31",
                "adult.dateOfBirth: -999999999-01-01 is outside the accepted range 1900-01-01 to 2100-12-31",
                "concerns[0].raised: 2101-01-01 is outside the accepted range 1900-01-01 to 2100-12-31");
    }

    @Test
    void the_range_ends_are_accepted() {
        // GIVEN an adult born on the first accepted day WHEN evaluated on the last THEN advice, no problem
        SafeguardingCase c = SafeguardingCase.builder("C-1", uk.msp.model.Stage.CONCERN,
                CaseArbitraries.with(Adult.withId("A-1"), "dateOfBirth", LocalDate.of(1900, 1, 1))).build();
        assertThat(TestAdvisors.bundled().evaluate(c, LocalDate.of(2100, 12, 31)).caseId()).isEqualTo("C-1");
    }

    @Test
    void an_id_with_a_newline_or_too_long_is_refused_so_no_log_line_can_be_forged() {
        SafeguardingCase c = CaseJson.read("""
                {"id": "C-1\\n2026-03-02 INFO forged", "stage": "ENQUIRY", "adult": {"id": "%s"},
                 "desiredOutcomes": [{"id": "o 1"}, {"id": "O-2"}]}
                """.formatted("A".repeat(65)), "case.json");
        InvalidCaseException e = invalid(() -> TestAdvisors.bundled().evaluate(c, AS_OF));
        String rule = "is not a valid id: 1 to 64 letters, digits and . _ - : /";
        // (the ids of the case's parts are references inside it, never logged: "o 1" is allowed)
        assertThat(e.problems()).extracting(Object::toString).containsExactly("id: " + rule, "adult.id: " + rule);
        // AND the exception's message names the case only as "case", never with the id it refused
        assertThat(e.getMessage()).doesNotContain("forged");
        // AND 64 characters of the set are an id
        assertThat(TestAdvisors.bundled().evaluate(SafeguardingCase.builder("C-1", uk.msp.model.Stage.CONCERN,
                Adult.withId("a." + "9".repeat(57) + "_:/-Z")).build(), AS_OF).caseId()).isEqualTo("C-1");
    }

    @Test
    void a_field_given_twice_is_an_error_naming_its_path() {
        InvalidCaseException e = invalid(() -> CaseJson.read("""
                {"id": "C-1", "stage": "ENQUIRY",
                 "adult": {"id": "A-1", "age": 70, "age": 19}}
                """, "case.json"));
        assertThat(e.problems()).extracting(Object::toString)
                .containsExactly("adult.age (line 2, column 41): is given more than once: a field may appear only once");
        InvalidCaseException top = invalid(() -> CaseJson.read("{\"id\": \"C-1\", \"id\": \"C-2\"}", "case.json"));
        assertThat(top.problems()).extracting(Object::toString)
                .containsExactly("id (line 1, column 19): is given more than once: a field may appear only once");
    }

    @Test
    void an_evaluation_past_its_deadline_stops_naming_the_case_and_the_rule() {
        // GIVEN a local rule that fires fifty times, 20 ms each, and a deadline of 200 ms
        MspAdvisor slow = MspAdvisor.builder().localRules(Path.of("src/test/resources/slow-rules"))
                .deadline(Duration.ofMillis(200)).build();
        SafeguardingCase c = CaseArbitraries.with(MspAdvisorTest.unwiseDecisionCase(Ability.ABLE), "adult", Adult.withId("SLOW"));
        // WHEN evaluated THEN stopped well before the second the rule would take, naming case and rule
        long start = System.nanoTime();
        assertThatThrownBy(() -> slow.evaluate(c, AS_OF)).isInstanceOfSatisfying(DeadlineExceededException.class, e -> {
            assertThat(e.caseId()).isEqualTo("C-1");
            assertThat(e.ruleCode()).isEqualTo("SLW-01");
            assertThat(e.getMessage()).isEqualTo("case C-1 was not evaluated within 200 ms (rule SLW-01 was running); no advice was given");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
        // AND other cases still get advice from the same advisor
        assertThat(slow.evaluate(MspAdvisorTest.unwiseDecisionCase(Ability.ABLE), AS_OF).codes()).contains("MCA-03");
    }

    @Test
    void a_deadline_must_be_positive() {
        assertThatThrownBy(() -> MspAdvisor.builder().deadline(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deadline must be positive, not 0 ms");
        assertThat(MspAdvisor.builder().build().deadline()).isEqualTo(Duration.ofSeconds(10));
    }
}
