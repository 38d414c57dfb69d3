package uk.msp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.msp.examples.CliTest.msp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.examples.CliTest.Run;

/** {@code msp new-rule}: a skeleton rule in sentences that compiles and whose two scenarios pass as written. */
class NewRuleTest {

    @Test
    void writes_a_skeleton_that_compiles_and_whose_scenarios_pass(@TempDir Path dir) throws IOException {
        // GIVEN a folder with wording for another rule already
        Files.writeString(dir.resolve("messages.properties"), "# Anyshire's wording\n");
        // WHEN a new rule is asked for
        Run r = msp("new-rule", "ANY-03", "--dir", dir.toString());
        // THEN the rule, its wording and both scenarios are there, and the folder checks and runs clean
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("any-03.dslr")).exists();
        assertThat(Files.readString(dir.resolve("messages.properties"))).startsWith("# Anyshire's wording\n\n")
                .contains("ANY-03.summary=").contains("ANY-03.cite.1=LOCAL_POLICY|");
        Run check = msp("check-rules", dir.toString());
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("ANY-03");
        Run scenarios = msp("scenarios", dir.resolve("scenarios").toString(), "--rules", dir.toString(), "--coverage");
        assertThat(scenarios.code()).as(scenarios.out() + scenarios.err()).isZero();
        assertThat(scenarios.out()).contains("2 passed, 0 failed").contains("Rules never shown firing: none")
                .contains("Rules never shown silent: none");
    }

    @Test
    void refuses_to_overwrite_a_file_and_writes_nothing(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("scenarios"));
        Files.writeString(dir.resolve("scenarios/any-03-silent.yaml"), "keep me\n");
        Run r = msp("new-rule", "ANY-03", "--dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Error: " + dir.resolve("scenarios/any-03-silent.yaml")
                + " already exists; new-rule never overwrites a file" + System.lineSeparator());
        assertThat(dir.resolve("any-03.dslr")).doesNotExist();
        assertThat(Files.readString(dir.resolve("scenarios/any-03-silent.yaml"))).isEqualTo("keep me\n");
    }

    @Test
    void refuses_a_code_that_already_has_wording(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("messages.properties"), "ANY-03.summary=Taken.\n");
        Run r = msp("new-rule", "ANY-03", "--dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Error: " + dir.resolve("messages.properties")
                + " already has wording for ANY-03; new-rule never overwrites it" + System.lineSeparator());
        assertThat(dir.resolve("any-03.dslr")).doesNotExist();
    }

    @Test
    void refuses_what_is_not_a_rule_code() {
        Run r = msp("new-rule", "any 3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("Error: 'any 3' is not a rule code: letters, a hyphen and two or more digits,"
                + " such as ANY-03" + System.lineSeparator());
    }
}
