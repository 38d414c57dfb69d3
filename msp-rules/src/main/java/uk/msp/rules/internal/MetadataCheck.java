package uk.msp.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/**
 * Reads every rule's metadata and checks it: code format, required keys, allowed values, duplicate codes, wording
 * for every code and a code for every wording, switched-off codes that exist, and the phase each rule runs in.
 *
 * <p>Phases: a rule with no {@code @code} classifies (derives facts with {@code insertLogical}) and runs in the
 * {@value #CLASSIFY} ruleflow group (Drools 10's name for an agenda group; {@code agenda-group}, deprecated there,
 * names the same thing), which the evaluator focuses first; a rule with a code raises findings and runs
 * after every classification has settled, in the main group. Findings are plain inserts, so a finding rule that ran
 * before a classification it reads would give advice the case does not support: the phases, not salience numbers,
 * keep that order, and a rule that declares salience or the wrong phase is refused.
 */
final class MetadataCheck {
    /** The ruleflow (agenda) group of the classification rules, focused before the finding rules run. */
    static final String CLASSIFY = "classify";
    private static final Pattern CODE_FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,5}-[0-9]{2,3}");

    private MetadataCheck() {}

    /**
     * The rules of {@code kieBase}, indexed; every problem found is added to {@code problems}.
     *
     * @param localPackages the DRL packages of the local rules: their codes are local
     */
    static RuleIndex index(KieBase kieBase, DrlIndex drlIndex, Set<String> localPackages, Wording wording,
                           Set<String> switchedOff, List<Fault> problems) {
        Map<String, RuleMeta> byName = new TreeMap<>();
        Map<String, RuleMeta> byCode = new TreeMap<>();
        Map<String, String> fileOfCode = new TreeMap<>();
        Set<String> localCodes = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleMeta meta = new RuleMeta(pkg.getName(), rule.getName(), RuleMeta.unquote(rule.getMetaData()));
                byName.put(pkg.getName() + "/" + rule.getName(), meta);
                String file = drlIndex.fileOf(pkg.getName(), rule.getName());
                String code = meta.code();
                Head head = Head.of(file, drlIndex);
                checkPhase(rule, code, head, problems);
                if (code == null) continue; // a classification rule: derives facts, raises nothing
                checkMeta(meta, head, problems);
                if (byCode.containsKey(code)) {
                    problems.add(head.fault(RuleMeta.CODE, "duplicate code " + code + " in rule \"" + rule.getName()
                            + "\": already used by rule \"" + byCode.get(code).name() + "\""));
                    continue;
                }
                byCode.put(code, meta);
                fileOfCode.put(code, file);
                if (localPackages.contains(pkg.getName())) localCodes.add(code);
                if (wording.get(code) == null) {
                    problems.add(head.fault(RuleMeta.CODE, "rule " + code + " (\"" + rule.getName()
                            + "\") has no wording: add " + code + ".summary, .detail and .cite.1 to messages.properties"));
                }
            }
        }
        for (var entry : wording.all().values()) {
            if (!byCode.containsKey(entry.code())) {
                problems.add(new Fault(entry.file(), 0, "wording for " + entry.code() + " but no rule has that code"));
            }
        }
        for (String code : switchedOff) {
            if (!byCode.containsKey(code)) problems.add(new Fault("", 0, "cannot switch off " + code + ": no rule has that code"));
        }
        return new RuleIndex(byName, byCode, fileOfCode, localCodes);
    }

    /** Classify, then decide: see the class comment. */
    private static void checkPhase(Rule rule, String code, Head head, List<Fault> problems) {
        if (!(rule instanceof RuleImpl r)) return;
        String where = "rule \"" + rule.getName() + "\"";
        if (r.isSalienceDynamic() || r.getSalienceValue() != 0) {
            problems.add(new Fault(head.file(), head.lineOf("salience"), where + " sets salience: rules are ordered by"
                    + " phase, not salience; remove it (a rule with no @code runs in ruleflow-group \"" + CLASSIFY
                    + "\", a rule with a @code in none)"));
        }
        String group = r.getAgendaGroup();
        if (code == null && !CLASSIFY.equals(group)) {
            problems.add(new Fault(head.file(), head.groupLine(), where + " has no @code, so it derives"
                    + " facts for the finding rules: it must run first, in ruleflow-group \"" + CLASSIFY + "\""));
        } else if (code != null && !r.isMainAgendaGroup()) {
            problems.add(new Fault(head.file(), head.groupLine(), where + " (" + code + ") raises"
                    + " findings, so it runs after every classification: remove ruleflow-group \"" + group + "\""));
        }
    }

    private static void checkMeta(RuleMeta meta, Head head, List<Fault> problems) {
        String where = "rule \"" + meta.name() + "\"";
        if (!CODE_FORMAT.matcher(meta.code()).matches()) {
            problems.add(head.fault(RuleMeta.CODE, where + " has code '" + meta.code() + "': expected AREA-NN, e.g. MCA-03"));
        }
        for (String key : List.of(RuleMeta.PRINCIPLE, RuleMeta.SEVERITY, RuleMeta.SINCE, RuleMeta.STATUS)) {
            if (!meta.values().containsKey(key)) {
                problems.add(head.fault(key, where + " (" + meta.code() + ") has no @" + key + " metadata"));
            }
        }
        String p = meta.values().get(RuleMeta.PRINCIPLE);
        if (p != null && !enumHas(Principle.class, p)) {
            problems.add(head.fault(RuleMeta.PRINCIPLE, where + " has @principle '" + p + "': allowed "
                    + Arrays.toString(Principle.values())));
        }
        String s = meta.values().get(RuleMeta.SEVERITY);
        if (s != null && !enumHas(Severity.class, s)) {
            problems.add(head.fault(RuleMeta.SEVERITY, where + " has @severity '" + s + "': allowed "
                    + Arrays.toString(Severity.values())));
        }
        String st = meta.values().get(RuleMeta.STATUS);
        if (st != null && !Set.of("active", "draft", "retired").contains(st)) {
            problems.add(head.fault(RuleMeta.STATUS, where + " has @status '" + st + "': allowed active, draft, retired"));
        }
        for (String key : List.of(RuleMeta.EFFECTIVE_FROM, RuleMeta.EFFECTIVE_TO)) {
            String v = meta.values().get(key);
            if (v != null) {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    problems.add(head.fault(key, where + " has @" + key + " '" + v + "': expected a date like 2026-04-01"));
                }
            }
        }
    }

    /**
     * A rule's head in its DRL file: from the {@code rule} line to {@code when}, where its metadata is written.
     *
     * @param file the DRL file, e.g. {@code local/x.drl}
     * @param ruleLine the line of the {@code rule} keyword, or 0 where not known
     * @param lines the file's lines, or empty where not known
     */
    record Head(String file, int ruleLine, List<String> lines) {
        private static final Pattern AT_LINE = Pattern.compile("^(.*):(\\d+)$");

        static Head of(String fileAndLine, DrlIndex index) {
            Matcher m = AT_LINE.matcher(fileAndLine);
            if (!m.matches()) return new Head(fileAndLine, 0, List.of());
            String text = index.text(m.group(1));
            return new Head(m.group(1), Integer.parseInt(m.group(2)), text == null ? List.of() : text.lines().toList());
        }

        /**
         * The line of {@code @key(...)} in the head; for a key not written there, the first metadata line; else the
         * rule line.
         */
        int line(String key) {
            int firstMeta = 0;
            for (int i = ruleLine - 1; i >= 0 && i < lines.size(); i++) {
                String l = lines.get(i);
                if (i > ruleLine - 1 && l.trim().startsWith("when")) break;
                if (l.contains("@" + key + "(")) return i + 1;
                if (firstMeta == 0 && l.contains("@")) firstMeta = i + 1;
            }
            return firstMeta > 0 ? firstMeta : ruleLine;
        }

        /** The line in the head that holds {@code attribute} (e.g. {@code salience}), else the rule line. */
        int lineOf(String attribute) {
            Pattern p = Pattern.compile("^\\s*" + Pattern.quote(attribute) + "\\b");
            for (int i = ruleLine; i >= 1 && i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.trim().startsWith("when")) break;
                if (p.matcher(l).find()) return i + 1;
            }
            return ruleLine;
        }

        /** The line that names the rule's group ({@code ruleflow-group}, or the deprecated {@code agenda-group}). */
        int groupLine() {
            int line = lineOf("ruleflow-group");
            return line != ruleLine ? line : lineOf("agenda-group");
        }

        Fault fault(String key, String message) {
            return new Fault(file, line(key), message);
        }
    }

    private static <E extends Enum<E>> boolean enumHas(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return true;
        return false;
    }
}
