package uk.msp.rules.drl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.Stage;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Evidence;
import uk.msp.model.advice.Finding;
import uk.msp.rules.MspAdvisor;

/** A council's DRL reaches the helpers through {@code uk.msp.rules.drl} alone: raise a finding, read the age. */
class HelpersInDrlTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    @Test
    void a_local_rule_raises_a_finding_with_the_adults_age_as_of_the_evaluation_date(@TempDir Path dir) throws IOException {
        // GIVEN a local rule that imports only the model, the facts and the public DRL helpers
        Files.writeString(dir.resolve("older.drl"), """
                // Anyshire: adults aged 65 or over get the older people's team's contact.
                package uk.anyshire.rules;
                import uk.msp.model.*;
                import uk.msp.rules.facts.AsOf;
                import uk.msp.rules.drl.*;
                rule "LOC-65 older adult"
                    @code("LOC-65") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    $d : AsOf()
                    $a : Adult( Ages.of(this, $d) >= 65 )
                then
                    Raise.finding(kcontext).because($a, "dateOfBirth", $a.dateOfBirth()).with("age", Ages.of($a, $d)).done();
                end
                """);
        Files.writeString(dir.resolve("messages.properties"), """
                LOC-65.summary=The adult is {age}: tell them about the older people's team.
                LOC-65.detail=Local procedure.
                LOC-65.cite.1=GOOD_PRACTICE|Anyshire procedure 2.1
                """);
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();

        // WHEN an adult born 3 March 1950 is evaluated on 2 March 2026 (the day before the 76th birthday)
        Advice advice = advisor.evaluate(caseOf(LocalDate.of(1950, 3, 3)), AS_OF);

        // THEN the finding says 75, with the date of birth as evidence
        Finding f = advice.finding("LOC-65").orElseThrow(() -> new AssertionError("no LOC-65 in " + advice.codes()));
        assertThat(f.summary()).isEqualTo("The adult is 75: tell them about the older people's team.");
        assertThat(f.evidence()).containsExactly(new Evidence("adult.dateOfBirth", "1950-03-03"));
        // AND an adult of 64 (born 3 March 1961) gets no such finding
        assertThat(advisor.evaluate(caseOf(LocalDate.of(1961, 3, 3)), AS_OF).codes()).doesNotContain("LOC-65");
    }

    static SafeguardingCase caseOf(LocalDate dateOfBirth) {
        return SafeguardingCase.builder("C-1", Stage.ENQUIRY, AgesTest.adult(dateOfBirth, null)).build();
    }
}
