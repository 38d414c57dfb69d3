package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Evidence;
import uk.msp.model.advice.Finding;
import uk.msp.rules.CaseArbitraries.Generated;

/**
 * Properties of {@code evaluate} and the JSON case format over generated valid cases (see {@link CaseArbitraries}).
 * Each property runs 1000 tries in the normal build; {@code -Dmsp.tries=100000} runs more.
 */
@AddLifecycleHook(MspTries.class)
class CasePropertiesTest {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,5}-[0-9]{2,3}");
    private static final Pattern UNFILLED = Pattern.compile("\\{[a-zA-Z]+}");

    @Provide
    Arbitrary<Generated> cases() {
        return CaseArbitraries.generated();
    }

    private static Advice evaluate(Generated g) {
        return TestAdvisors.bundled().evaluate(g.safeguardingCase(), g.asOf());
    }

    @Property(tries = 1000)
    void evaluate_never_throws_and_gives_the_same_advice_twice(@ForAll("cases") Generated g) {
        Advice first = evaluate(g);
        Advice second = evaluate(g);
        assertThat(second).isEqualTo(first);
        assertThat(second.codes()).containsExactlyElementsOf(first.codes());
        assertThat(CaseJson.write(second)).isEqualTo(CaseJson.write(first));
        assertThat(first.caseId()).isEqualTo(g.safeguardingCase().id());
        assertThat(first.asOf()).isEqualTo(g.asOf());
    }

    @Property(tries = 1000)
    void every_finding_has_complete_metadata(@ForAll("cases") Generated g) {
        for (Finding f : evaluate(g).findings()) {
            String where = f.code() + " in " + f;
            assertThat(f.code()).as(where).matches(CODE);
            assertThat(f.severity()).as(where).isNotNull();
            assertThat(f.principle()).as(where).isNotNull();
            assertThat(f.ruleSet()).as(where).isNotBlank();
            assertThat(f.summary()).as(where).isNotBlank().hasSizeLessThanOrEqualTo(140).doesNotContainPattern(UNFILLED);
            assertThat(f.detail()).as(where).isNotBlank().doesNotContainPattern(UNFILLED);
            assertThat(f.citations()).as(where).isNotEmpty().allSatisfy(c -> assertThat(c.text()).isNotBlank());
            assertThat(f.evidence()).as(where).isNotEmpty();
        }
    }

    @Property(tries = 1000)
    void every_evidence_path_exists_in_the_case(@ForAll("cases") Generated g) {
        List<String> missing = new ArrayList<>();
        for (Finding f : evaluate(g).findings()) {
            for (Evidence e : f.evidence()) {
                if (CasePaths.resolve(g.safeguardingCase(), e.path()) instanceof CasePaths.NotFound nf) {
                    missing.add(f.code() + ": " + e.path() + " (" + nf.why() + ")");
                }
            }
        }
        assertThat(missing).as("evidence paths that are not in the case").isEmpty();
    }

    @Property(tries = 1000)
    void json_round_trip_gives_an_equal_case_and_the_same_advice(@ForAll("cases") Generated g) {
        String json = CaseJson.write(g.safeguardingCase());
        SafeguardingCase back = CaseJson.read(json, "generated.json");
        assertThat(back).isEqualTo(g.safeguardingCase());
        assertThat(CaseJson.write(back)).isEqualTo(json);
        assertThat(TestAdvisors.bundled().evaluate(back, g.asOf())).isEqualTo(evaluate(g));
    }
}
