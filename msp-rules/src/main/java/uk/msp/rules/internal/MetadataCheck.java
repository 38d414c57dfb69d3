package uk.msp.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

import uk.msp.model.advice.Principle;
import uk.msp.model.advice.Severity;

/**
 * Reads every rule's metadata and checks it: code format, required keys, allowed values, duplicate codes, wording
 * for every code and a code for every wording, switched-off codes that exist.
 */
final class MetadataCheck {
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
                if (code == null) continue; // a classification rule: derives facts, raises nothing
                checkMeta(meta, file, problems);
                if (byCode.containsKey(code)) {
                    problems.add(new Fault(file, 0, "duplicate code " + code + " in rule \"" + rule.getName()
                            + "\": already used by rule \"" + byCode.get(code).name() + "\""));
                    continue;
                }
                byCode.put(code, meta);
                fileOfCode.put(code, file);
                if (localPackages.contains(pkg.getName())) localCodes.add(code);
                if (wording.get(code) == null) {
                    problems.add(new Fault(file, 0, "rule " + code + " (\"" + rule.getName()
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

    private static void checkMeta(RuleMeta meta, String file, List<Fault> problems) {
        String where = "rule \"" + meta.name() + "\"";
        if (!CODE_FORMAT.matcher(meta.code()).matches()) {
            problems.add(new Fault(file, 0, where + " has code '" + meta.code() + "': expected AREA-NN, e.g. MCA-03"));
        }
        for (String key : List.of(RuleMeta.PRINCIPLE, RuleMeta.SEVERITY, RuleMeta.SINCE, RuleMeta.STATUS)) {
            if (!meta.values().containsKey(key)) {
                problems.add(new Fault(file, 0, where + " (" + meta.code() + ") has no @" + key + " metadata"));
            }
        }
        String p = meta.values().get(RuleMeta.PRINCIPLE);
        if (p != null && !enumHas(Principle.class, p)) {
            problems.add(new Fault(file, 0, where + " has @principle '" + p + "': allowed "
                    + Arrays.toString(Principle.values())));
        }
        String s = meta.values().get(RuleMeta.SEVERITY);
        if (s != null && !enumHas(Severity.class, s)) {
            problems.add(new Fault(file, 0, where + " has @severity '" + s + "': allowed "
                    + Arrays.toString(Severity.values())));
        }
        String st = meta.values().get(RuleMeta.STATUS);
        if (st != null && !Set.of("active", "draft", "retired").contains(st)) {
            problems.add(new Fault(file, 0, where + " has @status '" + st + "': allowed active, draft, retired"));
        }
        for (String key : List.of(RuleMeta.EFFECTIVE_FROM, RuleMeta.EFFECTIVE_TO)) {
            String v = meta.values().get(key);
            if (v != null) {
                try {
                    LocalDate.parse(v);
                } catch (DateTimeParseException e) {
                    problems.add(new Fault(file, 0, where + " has @" + key + " '" + v + "': expected a date like 2026-04-01"));
                }
            }
        }
    }

    private static <E extends Enum<E>> boolean enumHas(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return true;
        return false;
    }
}
