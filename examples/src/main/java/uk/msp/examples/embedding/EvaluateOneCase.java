package uk.msp.examples.embedding;

import java.nio.file.Path;
import java.time.LocalDate;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;

/** Builds the advisor once, evaluates one case file and prints each finding's code, severity and summary. */
public final class EvaluateOneCase {
    private EvaluateOneCase() {}

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "examples/cases/mrs-okafor-discharge.json");
        MspAdvisor advisor = MspAdvisor.builder().build();           // once, at start-up
        SafeguardingCase c = CaseJson.read(file);                    // the host would map its own record instead
        Advice advice = advisor.evaluate(c, LocalDate.of(2026, 3, 2));
        System.out.println("Advice for " + advice.caseId() + " (rules " + advice.ruleSetVersion() + ")");
        for (Finding f : advice.alerts()) {
            System.out.println(f.severity() + " " + f.code() + ": " + f.summary());
        }
        System.out.println("Checklist items: " + advice.checklist().size());
    }
}
