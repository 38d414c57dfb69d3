package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.SafeguardingCase;

/**
 * Local rules compiled alone and joined to the precompiled bundled rules give the same advice as everything compiled
 * together, match facts the bundled rules derive, and come from the on-disk cache on the next build (a damaged entry
 * is compiled again).
 */
class LocalRulesJoinedTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);
    private String before;

    @BeforeEach
    void keep() {
        before = System.getProperty("msp.rules.cache");
    }

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty("msp.rules.cache");
        else System.setProperty("msp.rules.cache", before);
    }

    @Test
    void joined_cached_and_all_compiled_together_agree(@TempDir Path rules, @TempDir Path cache) throws IOException {
        // LOC-01 matches a fact only a bundled rule derives (ConcernsInYear), so it fires only in one joint network.
        Files.writeString(rules.resolve("derived.drl"), """
                package uk.council.rules;
                import uk.msp.model.*;
                import uk.msp.rules.facts.ConcernsInYear;
                import uk.msp.rules.drl.Raise;
                rule "LOC-01 concerns this year"
                    @code("LOC-01") @principle("PREVENTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    $y : ConcernsInYear( count >= 1 )
                then
                    Raise.finding(kcontext).because($y, "count", $y.count()).done();
                end
                """);
        Files.writeString(rules.resolve("messages.properties"), """
                LOC-01.summary=At least one concern this year.
                LOC-01.detail=Counted by the bundled rules.
                LOC-01.cite.1=LOCAL_POLICY|Test procedure 1
                """);
        System.setProperty("msp.rules.cache", cache.toString());
        List<SafeguardingCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(ExampleCases.DIR)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) cases.add(CaseJson.read(f));
        }

        List<String> joined = advice(MspAdvisor.builder().localRules(rules).build(), cases);
        assertThat(entries(cache)).hasSize(1);
        List<String> cached = advice(MspAdvisor.builder().localRules(rules).build(), cases);
        List<String> together = advice(MspAdvisor.builder().localRules(rules).compileAtRuntime(true).build(), cases);
        assertThat(joined).isEqualTo(together).isEqualTo(cached);
        assertThat(joined).anySatisfy(a -> assertThat(a).contains("LOC-01"));

        Files.write(entries(cache).get(0), new byte[] {1, 2, 3});
        assertThat(advice(MspAdvisor.builder().localRules(rules).build(), cases)).isEqualTo(together);

        System.setProperty("msp.rules.cache", "off");
        assertThat(advice(MspAdvisor.builder().localRules(rules).build(), cases)).isEqualTo(together);
    }

    private static List<String> advice(MspAdvisor advisor, List<SafeguardingCase> cases) {
        return cases.stream().map(c -> advisor.evaluate(c, AS_OF).toString()).toList();
    }

    private static List<Path> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }
}
