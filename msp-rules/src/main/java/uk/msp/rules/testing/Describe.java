package uk.msp.rules.testing;

import java.util.stream.Collectors;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;

/** Prints advice for failure messages: every actual finding with its evidence. */
final class Describe {
    private Describe() {}

    static String findings(Advice advice) {
        if (advice.findings().isEmpty()) return "  (no findings)";
        return advice.findings().stream().map(Describe::finding).collect(Collectors.joining("\n"));
    }

    static String finding(Finding f) {
        return "  " + f.code() + " " + f.severity() + (f.checklist() ? " [checklist]" : "") + ": " + f.summary()
                + f.evidence().stream().map(e -> "\n      " + e).collect(Collectors.joining());
    }
}
