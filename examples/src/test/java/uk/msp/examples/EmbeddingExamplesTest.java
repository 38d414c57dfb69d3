package uk.msp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

import uk.msp.examples.embedding.AddLocalRules;
import uk.msp.examples.embedding.EvaluateOneCase;
import uk.msp.examples.embedding.HandleBadInput;

/** Smoke tests: each embedding example runs and prints what its Javadoc promises. */
@ResourceLock(Resources.SYSTEM_OUT)
class EmbeddingExamplesTest {

    static String run(Runnable main) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void evaluate_one_case() {
        assertThat(run(() -> EvaluateOneCase.main(new String[] {"cases/mrs-okafor-discharge.json"})))
                .contains("Advice for EX-2026-0142").contains("WARNING MCA-03");
    }

    @Test
    void handle_bad_input() {
        assertThat(run(() -> HandleBadInput.main(new String[0])))
                .contains("Cannot advise on record EX-1; fix these first:")
                .contains("adult.dateOfBirth: '1941-02-30' is not a valid date")
                .contains("concerns[0].riskTypes[0]: 'FINANCIAL_ABUSE' is not allowed");
    }

    @Test
    void add_local_rules() {
        assertThat(run(() -> AddLocalRules.main(new String[] {"local-rules", "cases/mr-hughes-attorney.json"}))).contains("ANY-01").contains("+local.");
    }
}
