package uk.msp.rules.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.assertj.core.api.AbstractAssert;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Severity;

/**
 * AssertJ assertions on {@link Advice}. Every failure prints all the actual findings with their evidence.
 *
 * <pre>{@code
 * AdviceAssert.assertThat(advice).hasFinding("MCA-03").doesNotHaveFinding("MCA-02");
 * }</pre>
 *
 * @since 0.1.0
 */
public class AdviceAssert extends AbstractAssert<AdviceAssert, Advice> {

    protected AdviceAssert(Advice actual) {
        super(actual, AdviceAssert.class);
    }

    /** Starts assertions on an advice. */
    public static AdviceAssert assertThat(Advice actual) {
        return new AdviceAssert(actual);
    }

    /** The advice has a finding with this code. */
    public AdviceAssert hasFinding(String code) {
        isNotNull();
        if (actual.finding(code).isEmpty()) {
            failWithMessage("Expected a finding %s for case %s but the advice had:%n%s", code, actual.caseId(),
                    Describe.findings(actual));
        }
        return this;
    }

    /** The advice has a finding with this code and severity. */
    public AdviceAssert hasFinding(String code, Severity severity) {
        hasFinding(code);
        Finding f = actual.finding(code).orElseThrow();
        if (f.severity() != severity) {
            failWithMessage("Expected %s to be %s but was %s; the advice had:%n%s", code, severity, f.severity(),
                    Describe.findings(actual));
        }
        return this;
    }

    /** The advice has no finding with this code. */
    public AdviceAssert doesNotHaveFinding(String code) {
        isNotNull();
        if (actual.finding(code).isPresent()) {
            failWithMessage("Expected no finding %s for case %s but the advice had:%n%s", code, actual.caseId(),
                    Describe.findings(actual));
        }
        return this;
    }

    /** The advice has exactly these codes, no more, no fewer (order does not matter). */
    public AdviceAssert hasExactlyFindings(String... codes) {
        isNotNull();
        Set<String> expected = new TreeSet<>(Arrays.asList(codes));
        Set<String> got = new TreeSet<>(actual.codes());
        if (!expected.equals(got)) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(got);
            Set<String> extra = new TreeSet<>(got);
            extra.removeAll(expected);
            failWithMessage("Expected exactly %s for case %s; missing %s, unexpected %s; the advice had:%n%s",
                    expected, actual.caseId(), missing, extra, Describe.findings(actual));
        }
        return this;
    }

    /** The advice has no warning or critical finding (prompts and checklist items are allowed). */
    public AdviceAssert hasNoWarnings() {
        isNotNull();
        List<Finding> warnings = actual.findings().stream().filter(f -> f.severity() != Severity.PROMPT).toList();
        if (!warnings.isEmpty()) {
            failWithMessage("Expected no warnings for case %s but the advice had:%n%s", actual.caseId(),
                    Describe.findings(actual));
        }
        return this;
    }
}
