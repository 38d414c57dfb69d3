package uk.msp.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule is: each DRL file's package declarations and the line of each rule name, read in one pass per
 * file instead of scanning every file with new patterns for every rule.
 */
final class DrlIndex {
    // The same patterns as fileOf's, with the names captured instead of quoted in.
    private static final Pattern PACKAGE_DECL = Pattern.compile("(?m)^\\s*package\\s+(\\S+?)\\s*;?\\s*$");
    private static final Pattern RULE_DECL = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]*)\"");

    private final Map<String, String> drlFiles;
    /** package name to rule name to "file:line"; files in path order, the first file and line winning. */
    private final Map<String, Map<String, String>> where = new HashMap<>();

    /** @param drlFiles path (bundled path, or {@code local/} and the local path) to DRL text */
    DrlIndex(Map<String, String> drlFiles) {
        this.drlFiles = drlFiles;
        for (Map.Entry<String, String> f : drlFiles.entrySet()) {
            String text = f.getValue();
            List<String> packages = new ArrayList<>();
            for (Matcher pm = PACKAGE_DECL.matcher(text); pm.find(); ) packages.add(pm.group(1));
            Map<String, Integer> rules = new LinkedHashMap<>();
            int line = 1;
            int counted = 0;
            for (Matcher rm = RULE_DECL.matcher(text); rm.find(); ) {
                for (; counted < rm.start(); counted++) if (text.charAt(counted) == '\n') line++;
                rules.putIfAbsent(rm.group(1), line);
            }
            for (String pkg : packages) {
                Map<String, String> byRule = where.computeIfAbsent(pkg, k -> new HashMap<>());
                rules.forEach((rule, at) -> byRule.putIfAbsent(rule, f.getKey() + ":" + at));
            }
        }
    }

    /** The DRL file that holds the rule, with the line of its {@code rule} keyword: {@code mca/mca.drl:12}. */
    String fileOf(String packageName, String ruleName) {
        String found = where.getOrDefault(packageName, Map.of()).get(ruleName);
        return found != null ? found : scan(packageName, ruleName); // e.g. a quote in the name
    }

    /** The DRL file text by the path {@link #fileOf} names, or null. */
    String text(String file) {
        return drlFiles.get(file);
    }

    private String scan(String packageName, String ruleName) {
        Pattern rule = Pattern.compile("(?m)^\\s*rule\\s+\"" + Pattern.quote(ruleName) + "\"");
        Pattern pkg = Pattern.compile("(?m)^\\s*package\\s+" + Pattern.quote(packageName) + "\\s*;?\\s*$");
        for (Map.Entry<String, String> f : drlFiles.entrySet()) {
            String text = f.getValue();
            Matcher m = rule.matcher(text);
            if (pkg.matcher(text).find() && m.find()) {
                int line = 1 + (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count();
                return f.getKey() + ":" + line;
            }
        }
        return packageName.replace('.', '/') + "/";
    }
}
