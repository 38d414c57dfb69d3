package uk.msp.examples.embedding;

import java.nio.file.Path;
import java.time.LocalDate;

import uk.msp.model.advice.Advice;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.RuleSetException;

/**
 * A council adds its own rules from a folder beside the bundled ones. A broken local rule stops the build with the
 * file and line: the host keeps running its previous advisor rather than a partial rule set.
 */
public final class AddLocalRules {
    private AddLocalRules() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples/local-rules");
        try {
            MspAdvisor advisor = MspAdvisor.builder().localRules(folder).build();
            Advice advice = advisor.evaluate(CaseJson.read(Path.of(args.length > 1 ? args[1] : "examples/cases/mr-hughes-attorney.json")),
                    LocalDate.of(2026, 3, 2));
            System.out.println("Rule-set version " + advice.ruleSetVersion() + ": " + advice.codes());
        } catch (RuleSetException e) {
            System.out.println("Local rules not loaded:");
            e.problems().forEach(p -> System.out.println("  " + p));
        }
    }
}
