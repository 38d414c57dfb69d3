package uk.msp.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/**
 * Renders advice as text for a person: the alerts grouped by principle, the principle with the most severe finding
 * first; then the checklist of MSP conversation steps not yet recorded, as one block.
 */
public final class AdviceText {
    private static final int WIDTH = 100;

    private AdviceText() {}

    public static String render(Advice advice) {
        StringBuilder sb = new StringBuilder();
        List<Finding> alerts = advice.alerts();
        List<Finding> checklist = advice.checklist();
        sb.append("Case ").append(advice.caseId()).append(" as of ").append(advice.asOf())
                .append("  (rules ").append(advice.ruleSetVersion()).append(")\n");
        if (!advice.switchedOff().isEmpty()) {
            sb.append("Rules switched off locally: ").append(String.join(", ", advice.switchedOff())).append('\n');
        }
        sb.append(count(alerts, Severity.CRITICAL, "critical")).append(", ")
                .append(count(alerts, Severity.WARNING, "warning")).append(", ")
                .append(count(alerts, Severity.PROMPT, "prompt")).append("; checklist: ")
                .append(checklist.size()).append(checklist.size() == 1 ? " step" : " steps").append(" to record\n");
        if (alerts.isEmpty() && checklist.isEmpty()) {
            sb.append("\nNo advice: nothing in this case needs attention by the rules.\n");
            return sb.toString();
        }
        Map<Principle, List<Finding>> byPrinciple = new TreeMap<>();
        for (Finding f : alerts) byPrinciple.computeIfAbsent(f.principle(), p -> new ArrayList<>()).add(f);
        List<Map.Entry<Principle, List<Finding>>> groups = new ArrayList<>(byPrinciple.entrySet());
        groups.sort(Comparator.<Map.Entry<Principle, List<Finding>>, Severity>comparing(
                e -> e.getValue().get(0).severity(), Comparator.reverseOrder()).thenComparing(Map.Entry::getKey));
        for (var group : groups) {
            sb.append('\n').append(group.getKey().label().toUpperCase()).append('\n');
            for (Finding f : group.getValue()) finding(sb, f);
        }
        if (!checklist.isEmpty()) {
            sb.append("\nCHECKLIST: steps of the MSP conversation not yet recorded\n");
            for (Finding f : checklist) {
                sb.append("  [ ] ").append(f.code()).append("  ").append(f.summary()).append('\n');
            }
        }
        return sb.toString();
    }

    private static void finding(StringBuilder sb, Finding f) {
        sb.append("  [").append(f.severity()).append("] ").append(f.code()).append("  ").append(f.summary()).append('\n');
        for (String para : f.detail().split("\n\n")) {
            wrap(sb, plain(para), "      ");
        }
        sb.append("      Basis: ").append(f.citations().stream().map(Object::toString).collect(Collectors.joining("; "))).append('\n');
        if (!f.evidence().isEmpty()) {
            sb.append("      Because: ");
            sb.append(f.evidence().stream().map(Object::toString).collect(Collectors.joining("\n               ")));
            sb.append('\n');
        }
    }

    /** Markdown emphasis and quote marks are for screens that render them; text shows the words. */
    private static String plain(String markdown) {
        return markdown.replace('\n', ' ').replace("**", "").replace("> *", "").replace("\u201d*", "\u201d");
    }

    private static void wrap(StringBuilder sb, String text, String indent) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.trim().split("\\s+")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > indent.length()) {
                sb.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) line.append(' ');
            line.append(word);
        }
        if (line.length() > indent.length()) sb.append(line).append('\n');
    }

    private static String count(List<Finding> findings, Severity s, String word) {
        long n = findings.stream().filter(f -> f.severity() == s).count();
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
