package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.model.Ability;
import uk.msp.model.advice.Advice;

/**
 * Local changes to wording and switches are visible: they change the rule-set version on every advice, the
 * catalogue shows the wording in force, and wording that breaks the rules for wording is refused.
 */
class LocalChangesTest {

    @Test
    void local_wording_for_a_bundled_rule_is_shown_in_the_catalogue_and_changes_the_version(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages.properties"), """
                MCA-03.summary=Capacity assessment noted.
                """);
        MspAdvisor advisor = MspAdvisor.builder().localRules(dir).build();
        Advice advice = advisor.evaluate(MspAdvisorTest.unwiseDecisionCase(Ability.ABLE), MspAdvisorTest.AS_OF);

        assertThat(advice.finding("MCA-03").orElseThrow().summary()).isEqualTo("Capacity assessment noted.");
        assertThat(advice.ruleSetVersion()).startsWith(RuleSetVersion.BUNDLED + "+local.").isNotEqualTo(TestAdvisors.bundled().version());
        assertThat(advisor.rules()).filteredOn(r -> r.code().equals("MCA-03")).singleElement()
                .satisfies(r -> assertThat(r.summary()).isEqualTo("Capacity assessment noted."));
    }

    @Test
    void different_local_wording_gives_a_different_version(@TempDir Path a, @TempDir Path b) throws IOException {
        Files.writeString(a.resolve("messages.properties"), "MCA-03.summary=One wording.\n");
        Files.writeString(b.resolve("messages.properties"), "MCA-03.summary=Another wording.\n");
        assertThat(MspAdvisor.builder().localRules(a).build().version())
                .isNotEqualTo(MspAdvisor.builder().localRules(b).build().version());
        assertThat(MspAdvisor.builder().switchOff("MCA-03").build().version())
                .isNotEqualTo(MspAdvisor.builder().switchOff("MCA-02").build().version());
    }

    @Test
    void local_wording_over_140_characters_or_for_no_rule_is_refused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages.properties"), "MCA-03.summary=" + "x".repeat(141) + "\n");
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build()).isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n"
                        + "  - local/messages.properties:1: MCA-03 summary is 141 characters; at most 140 allowed");
        Files.writeString(dir.resolve("messages.properties"), """
                ZZZ-01.summary=Wording for no rule.
                ZZZ-01.detail=None.
                ZZZ-01.cite.1=GOOD_PRACTICE|None
                """);
        assertThatThrownBy(() -> MspAdvisor.builder().localRules(dir).build()).isInstanceOf(RuleSetException.class)
                .hasMessage("The rule set has 1 problem:\n  - local/messages.properties: wording for ZZZ-01 but no rule has that code");
    }
}
