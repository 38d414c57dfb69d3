package uk.msp.examples.cli;

import java.util.List;
import java.util.stream.Collectors;

import uk.msp.examples.report.Csv;
import uk.msp.model.advice.Citation;
import uk.msp.rules.RuleInfo;

/** Formats the rule catalogue as Markdown or CSV. */
public final class Catalogue {
    private Catalogue() {}

    public static String markdown(List<RuleInfo> rules) {
        StringBuilder sb = new StringBuilder();
        sb.append("| code | principle | severity | status | since | checklist | summary | basis |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (RuleInfo r : rules) {
            sb.append("| ").append(r.code()).append(r.local() ? " (local)" : "")
                    .append(" | ").append(r.principle().label())
                    .append(" | ").append(r.severity())
                    .append(" | ").append(r.status()).append(r.switchedOff() ? " (switched off)" : "")
                    .append(" | ").append(r.since())
                    .append(" | ").append(r.checklist() ? "yes" : "")
                    .append(" | ").append(escape(r.summary()))
                    .append(" | ").append(escape(citations(r.citations())))
                    .append(" |\n");
        }
        return sb.toString();
    }

    public static String csv(List<RuleInfo> rules) {
        List<List<?>> rows = rules.stream().<List<?>>map(r -> List.of(r.code(), r.principle().label(), r.severity().name(), r.status(),
                r.since(), r.checklist(), r.local(), r.switchedOff(), r.summary(), citations(r.citations()))).toList();
        return Csv.write(List.of("code", "principle", "severity", "status", "since", "checklist", "local", "switchedOff",
                "summary", "citations"), rows);
    }

    private static String citations(List<Citation> cites) {
        return cites.stream().map(Citation::toString).collect(Collectors.joining("; "));
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
