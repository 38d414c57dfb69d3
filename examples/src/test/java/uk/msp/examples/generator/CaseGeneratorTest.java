package uk.msp.examples.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.examples.cli.MspCommand;
import uk.msp.model.Action;
import uk.msp.model.BestInterestsDecision;
import uk.msp.model.CapacityAssessment;
import uk.msp.model.DesiredOutcome;
import uk.msp.model.RiskType;
import uk.msp.model.SacRiskOutcome;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.Stage;
import uk.msp.rules.CaseJson;

/** The synthetic case generator: deterministic, valid, realistic enough, and the shipped sample matches it. */
class CaseGeneratorTest {
    static final Path SAMPLE = Path.of("sample-data/cases-200.jsonl");
    final CaseGenerator generator = new CaseGenerator();

    @Test
    void the_same_seed_gives_the_same_cases_and_another_seed_others() {
        assertThat(generator.generate(60, 7)).isEqualTo(generator.generate(60, 7));
        assertThat(generator.generate(60, 7)).isNotEqualTo(generator.generate(60, 8));
        assertThat(generator.generate(0, 7)).isEmpty();
        assertThatThrownBy(() -> generator.generate(-1, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative: -1");
    }

    @Test
    void regenerating_the_sample_with_its_seed_gives_the_same_file(@TempDir Path dir) throws Exception {
        // GIVEN the sample shipped in sample-data/, made by: msp generate --count 200 --seed 2026
        Path again = dir.resolve("again.jsonl");
        StringWriter out = new StringWriter();
        int code = MspCommand.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "generate", "--count", "200", "--seed", "2026", "--out", again.toString());
        // THEN the same bytes
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Wrote 200 synthetic cases (seed 2026)");
        assertThat(Files.readString(again, StandardCharsets.UTF_8)).isEqualTo(Files.readString(SAMPLE, StandardCharsets.UTF_8));
        assertThat(Files.readAllLines(SAMPLE)).hasSize(200);
    }

    @Test
    void every_case_is_valid_as_of_the_fixed_date_and_reads_back_equal() {
        for (SafeguardingCase c : generator.generate(1000, 42)) {
            List<String> problems = new ArrayList<>();
            dates(c, c.id(), problems);
            Integer age = c.adult().age();
            LocalDate dob = c.adult().dateOfBirth();
            if (age == null && dob == null) problems.add(c.id() + ": no age or date of birth");
            if (age != null && age < 18) problems.add(c.id() + ": age " + age);
            if (dob != null && dob.plusYears(18).isAfter(CaseGenerator.AS_OF)) problems.add(c.id() + ": under 18 by " + dob);
            Set<String> outcomes = c.desiredOutcomes().stream().map(DesiredOutcome::id).collect(Collectors.toSet());
            Set<String> bi = c.bestInterestsDecisions().stream().map(BestInterestsDecision::id).collect(Collectors.toSet());
            Set<String> ca = c.capacityAssessments().stream().map(CapacityAssessment::id).collect(Collectors.toSet());
            for (Action a : c.actions()) {
                if (!outcomes.containsAll(a.servesOutcomes())) problems.add(c.id() + " " + a.id() + ": serves " + a.servesOutcomes());
                if (a.bestInterestsDecision() != null && !bi.contains(a.bestInterestsDecision())) problems.add(c.id() + " " + a.id() + ": bi");
                if (a.capacityAssessment() != null && !ca.contains(a.capacityAssessment())) problems.add(c.id() + " " + a.id() + ": ca");
            }
            var d = c.dates();
            if (d.s42Decision() != null && d.s42Decision().isBefore(d.concernRaised())) problems.add(c.id() + ": s42 before concern");
            if (d.closed() != null && d.closed().isBefore(d.concernRaised())) problems.add(c.id() + ": closed before concern");
            assertThat(problems).isEmpty();
            assertThat(CaseJson.read(CaseGenerator.jsonLine(c), c.id())).isEqualTo(c);
        }
    }

    @Test
    void the_cases_spread_over_every_risk_type_stage_and_risk_outcome() {
        Set<RiskType> types = EnumSet.noneOf(RiskType.class);
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        Set<SacRiskOutcome> riskOutcomes = EnumSet.noneOf(SacRiskOutcome.class);
        Set<String> ids = new HashSet<>();
        int lacking = 0;
        for (SafeguardingCase c : generator.generate(1000, 42)) {
            c.concerns().forEach(x -> types.addAll(x.riskTypes()));
            stages.add(c.stage());
            if (c.closure().sg2eRiskOutcome() != null) riskOutcomes.add(c.closure().sg2eRiskOutcome());
            if (!c.capacityAssessments().isEmpty()) lacking++;
            ids.add(c.id());
        }
        assertThat(types).containsExactlyInAnyOrder(RiskType.values());
        assertThat(stages).contains(Stage.CONCERN, Stage.S42_DECISION, Stage.ENQUIRY, Stage.PLAN, Stage.CLOSED);
        assertThat(riskOutcomes).containsExactlyInAnyOrder(SacRiskOutcome.values());
        assertThat(lacking).isBetween(50, 500);
        assertThat(ids).hasSize(1000);
    }

    /** Every date anywhere in the case (records and lists walked by reflection) is on or before the as-of date. */
    private static void dates(Object o, String path, List<String> problems) {
        if (o == null) return;
        if (o instanceof LocalDate d) {
            if (d.isAfter(CaseGenerator.AS_OF)) problems.add(path + " = " + d + " is after " + CaseGenerator.AS_OF);
        } else if (o instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) dates(list.get(i), path + "[" + i + "]", problems);
        } else if (o.getClass().isRecord()) {
            for (RecordComponent rc : o.getClass().getRecordComponents()) {
                try {
                    dates(rc.getAccessor().invoke(o), path + "." + rc.getName(), problems);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
