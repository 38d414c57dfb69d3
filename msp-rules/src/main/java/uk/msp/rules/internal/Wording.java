package uk.msp.rules.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.msp.model.advice.Citation;

/**
 * The wording of every rule, keyed by code, from {@code messages.properties} files: the bundled ones, then local
 * ones that may override any key. Keys: {@code CODE.summary}, {@code CODE.detail}, {@code CODE.cite.N}
 * ({@code KIND|text}), {@code CODE.action.N}, {@code CODE.override.N}.
 */
final class Wording {
    static final int SUMMARY_MAX = 140;
    private static final Pattern KEY = Pattern.compile("([A-Z][A-Z0-9]{1,5}-[0-9]{2,3})\\.(summary|detail|iStatement|cite\\.[0-9]+|action\\.[0-9]+|override\\.[0-9]+)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    /**
     * The wording for one code. {@code iStatement} says whether the detail ends with the principle's "I" statement:
     * yes unless {@code CODE.iStatement=false} (for findings it does not fit, such as data-completeness warnings).
     */
    record Entry(String code, String summary, String detail, List<Citation> citations, List<String> actions,
                 List<String> overrides, String file, boolean iStatement) {}

    private final Map<String, Entry> entries;

    private Wording(Map<String, Entry> entries) {
        this.entries = entries;
    }

    Entry get(String code) { return entries.get(code); }

    Map<String, Entry> all() { return entries; }

    /**
     * Reads wording files in order; later files override earlier keys.
     *
     * @param files file name to properties text, in load order
     * @param problems where problems are added
     */
    static Wording load(Map<String, String> files, List<Fault> problems) {
        TreeMap<String, String> values = new TreeMap<>();
        Map<String, String> fileOf = new TreeMap<>();
        Map<String, String> fileOfKey = new TreeMap<>();   // the file each key's value comes from: the last to set it
        for (Map.Entry<String, String> f : files.entrySet()) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(f.getValue()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                problems.add(new Fault(f.getKey(), 0, "malformed properties: " + e.getMessage()));
                continue;
            }
            for (String key : p.stringPropertyNames()) {
                Matcher m = KEY.matcher(key);
                if (!m.matches()) {
                    problems.add(new Fault(f.getKey(), lineOf(f.getValue(), key),
                            "unknown wording key '" + key + "': expected CODE.summary, CODE.detail, CODE.cite.N, "
                                    + "CODE.action.N, CODE.override.N or CODE.iStatement"));
                    continue;
                }
                values.put(key, p.getProperty(key).trim());
                fileOf.putIfAbsent(m.group(1), f.getKey());
                fileOfKey.put(key, f.getKey());
            }
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (String code : fileOf.keySet()) {
            String file = fileOf.get(code);
            String summary = values.get(code + ".summary");
            String detail = values.get(code + ".detail");
            if (summary == null || summary.isBlank()) {
                problems.add(new Fault(file, 0, code + " has no summary"));
                summary = "";
            } else if (summary.length() > SUMMARY_MAX) {
                String from = fileOfKey.get(code + ".summary");
                problems.add(new Fault(from, lineOf(files.get(from), code + ".summary"), code + " summary is "
                        + summary.length() + " characters; at most " + SUMMARY_MAX + " allowed"));
            }
            if (detail == null || detail.isBlank()) {
                problems.add(new Fault(file, 0, code + " has no detail"));
                detail = "";
            }
            List<Citation> cites = new ArrayList<>();
            for (String c : numbered(values, code + ".cite.")) {
                int bar = c.indexOf('|');
                try {
                    cites.add(new Citation(Citation.Kind.valueOf(c.substring(0, Math.max(bar, 0)).trim()),
                            c.substring(bar + 1).trim()));
                } catch (IllegalArgumentException e) {
                    problems.add(new Fault(file, 0, code + " citation '" + c
                            + "' must be KIND|text with KIND one of " + java.util.Arrays.toString(Citation.Kind.values())));
                }
            }
            if (cites.isEmpty()) problems.add(new Fault(file, 0, code + " has no citation"));
            String iStatement = values.getOrDefault(code + ".iStatement", "true");
            if (!iStatement.equals("true") && !iStatement.equals("false")) {
                String from = fileOfKey.get(code + ".iStatement");
                problems.add(new Fault(from, lineOf(files.get(from), code + ".iStatement"), code
                        + ".iStatement is '" + iStatement + "': expected true or false"));
            }
            entries.put(code, new Entry(code, summary, detail, List.copyOf(cites),
                    numbered(values, code + ".action."), numbered(values, code + ".override."), file,
                    !iStatement.equals("false")));
        }
        return new Wording(entries);
    }

    private static List<String> numbered(TreeMap<String, String> values, String prefix) {
        Map<Integer, String> byNumber = new TreeMap<>();
        // Only the keys starting with the prefix (a range of the sorted keys), in the same order as a full scan.
        values.subMap(prefix, true, prefix + Character.MAX_VALUE, false).forEach((k, v) -> {
            if (k.startsWith(prefix)) byNumber.put(Integer.parseInt(k.substring(prefix.length())), v);
        });
        return List.copyOf(byNumber.values());
    }

    /** The line that sets {@code key} ({@code key=}, {@code key:} or {@code key value}), or 0. */
    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        boolean continued = false;   // a line ending in an odd number of backslashes goes on to the next
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            boolean startsKey = !continued;
            int trailing = 0;
            while (trailing < line.length() && line.charAt(line.length() - 1 - trailing) == '\\') trailing++;
            continued = trailing % 2 == 1;
            if (!startsKey || !line.startsWith(key)) continue;
            String rest = line.substring(key.length());
            if (rest.isEmpty() || rest.charAt(0) == '=' || rest.charAt(0) == ':' || Character.isWhitespace(rest.charAt(0))) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * A wording text split once, when the rule base is built, at its {@code {name}} placeholders, so that filling
     * it for each finding is concatenation rather than a regex scan of the whole text.
     */
    static final class Template {
        private final String[] literals;   // literals[i] comes before names[i]; one more literal than names
        private final String[] names;

        private Template(String[] literals, String[] names) {
            this.literals = literals;
            this.names = names;
        }

        /** Splits a text at its placeholders. */
        static Template of(String text) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(text);
            int from = 0;
            while (m.find()) {
                literals.add(text.substring(from, m.start()));
                names.add(m.group(1));
                from = m.end();
            }
            literals.add(text.substring(from));
            return new Template(literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        /** This template followed by fixed text that is not searched for placeholders. */
        Template append(String fixed) {
            String[] l = literals.clone();
            l[l.length - 1] = l[l.length - 1] + fixed;
            return new Template(l, names);
        }

        /** The text with each placeholder replaced by its parameter, or left as {@code {name}} where there is none. */
        String fill(Map<String, String> params) {
            if (names.length == 0) return literals[0];
            // Joined in one go: a long detail text is copied once, not regrown placeholder by placeholder.
            String[] parts = new String[2 * names.length + 1];
            for (int i = 0; i < names.length; i++) {
                String v = params.get(names[i]);
                parts[2 * i] = literals[i];
                parts[2 * i + 1] = v == null ? "{" + names[i] + "}" : v;
            }
            parts[2 * names.length] = literals[names.length];
            return String.join("", parts);
        }
    }
}
