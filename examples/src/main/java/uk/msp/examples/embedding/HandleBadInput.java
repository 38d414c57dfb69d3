package uk.msp.examples.embedding;

import java.time.LocalDate;

import uk.msp.model.SafeguardingCase;
import uk.msp.rules.CaseJson;
import uk.msp.rules.InvalidCaseException;
import uk.msp.rules.MspAdvisor;

/**
 * What a host does with bad case data: show every problem with its path to whoever can fix the record, and show no
 * advice. Never shows partial advice.
 */
public final class HandleBadInput {
    private HandleBadInput() {}

    public static void main(String[] args) {
        String json = """
                {"id": "EX-1", "stage": "ENQUIRY", "adult": {"id": "P-1", "dateOfBirth": "1941-02-30"},
                 "concerns": [{"riskTypes": ["FINANCIAL_ABUSE"]}]}
                """;
        try {
            SafeguardingCase c = CaseJson.read(json, "record EX-1");
            MspAdvisor.builder().build().evaluate(c, LocalDate.of(2026, 3, 2));
        } catch (InvalidCaseException e) {
            System.out.println("Cannot advise on " + e.source() + "; fix these first:");
            for (InvalidCaseException.Problem p : e.problems()) {
                System.out.println("  " + p.path() + ": " + p.message());
            }
        }
    }
}
