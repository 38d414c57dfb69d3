package uk.msp.rules.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;

/** Turns the compiler's error messages into faults an analyst can act on: file, line, plain words. */
final class CompileErrors {
    private static final Pattern LINE_IN_TEXT = Pattern.compile("[Ll]ine:? ?(\\d+)");
    private static final Pattern LEFT_PART = Pattern.compile("^Unable to parse left part of expression: (.+)$");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*([A-Za-z_][\\w]*)\\s*(\\()?");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+(?:\\.\\*)?)\\s*;?\\s*$");
    /** Edit distance up to which the nearest field is offered as the one meant. */
    private static final int NEAR = 2;

    private CompileErrors() {}

    /**
     * A compile error as a fault.
     *
     * @param name the file as the analyst knows it
     * @param source that file's DRL text, or null
     */
    static Fault of(Message m, String name, String source) {
        String text = plain(m.getText());
        int line = line(m, text, source);
        return new Fault(name, line, unknownField(text, source, line, CompileErrors.class.getClassLoader()));
    }

    /** Whether a compile error says anything: Drools adds an empty one ("Parser returned a null Package"). */
    static boolean isEmpty(Fault f) {
        return f.message().isBlank();
    }

    /**
     * For "Unable to parse left part of expression: agee &gt; 18", where {@code agee} is not a property of the
     * pattern's type: {@code Adult has no field 'agee': did you mean 'age'?}, or the type's fields where none is
     * near. Any other message is returned as it is.
     */
    static String unknownField(String text, String source, int line, ClassLoader cl) {
        Matcher left = LEFT_PART.matcher(text);
        if (!left.matches() || source == null || line <= 0) return text;
        Matcher nameMatcher = LEADING_NAME.matcher(left.group(1));
        if (!nameMatcher.find() || nameMatcher.group(2) != null) return text; // a method call: not a field name
        String field = nameMatcher.group(1);
        Class<?> type = patternType(source, line, field, cl);
        if (type == null) return text;
        List<String> fields = fields(type);
        if (fields.isEmpty() || hasProperty(type, field)) return text;
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (String f : fields) {
            int d = distance(field, f);
            if (d < best) {
                best = d;
                nearest = f;
            }
        }
        String head = type.getSimpleName() + " has no field '" + field + "'";
        return best <= NEAR ? head + ": did you mean '" + nearest + "'?"
                : head + "; its fields are " + String.join(", ", fields);
    }

    /** The type of the pattern whose constraint holds {@code field} on {@code line}: the name before the open '('. */
    private static Class<?> patternType(String source, int line, String field, ClassLoader cl) {
        String[] lines = source.split("\n", -1);
        if (line > lines.length) return null;
        Matcher at = Pattern.compile("\\b" + Pattern.quote(field) + "\\b").matcher(lines[line - 1]);
        if (!at.find()) return null;
        int offset = at.start();
        for (int i = 0; i < line - 1; i++) offset += lines[i].length() + 1;
        int depth = 0;
        int open = -1;
        for (int i = offset - 1; i >= 0 && open < 0; i--) {
            char c = source.charAt(i);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) open = i;
        }
        if (open < 0) return null;
        int end = open;
        while (end > 0 && Character.isWhitespace(source.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(source.charAt(start - 1)) || source.charAt(start - 1) == '.')) {
            start--;
        }
        String typeName = source.substring(start, end);
        return typeName.isEmpty() ? null : resolve(typeName, source, cl);
    }

    /** A DRL type name as the file's imports and package resolve it, or null. */
    private static Class<?> resolve(String typeName, String source, ClassLoader cl) {
        List<String> candidates = new ArrayList<>();
        if (typeName.contains(".")) candidates.add(typeName);
        for (Matcher m = IMPORT.matcher(source); m.find(); ) {
            String imp = m.group(1);
            if (imp.endsWith(".*")) candidates.add(imp.substring(0, imp.length() - 1) + typeName);
            else if (imp.endsWith("." + typeName)) candidates.add(imp);
        }
        String pkg = LocalRules.packageOf(source);
        if (pkg != null) candidates.add(pkg + "." + typeName);
        candidates.add("java.lang." + typeName);
        for (String c : candidates) {
            try {
                return Class.forName(c, false, cl);
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one
            }
        }
        return null;
    }

    /** The fields a DRL constraint can name: a record's components, else its bean properties; sorted. */
    private static List<String> fields(Class<?> type) {
        TreeSet<String> out = new TreeSet<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) out.add(c.getName());
        } else {
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())
                        || m.getDeclaringClass() == Object.class) continue;
                String n = m.getName();
                if (n.startsWith("get") && n.length() > 3) out.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
                else if (n.startsWith("is") && n.length() > 2) out.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code name} reads something of the type: an accessor, a getter, a no-argument method. */
    private static boolean hasProperty(Class<?> type, String name) {
        String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getParameterCount() == 0
                && (m.getName().equals(name) || m.getName().equals("get" + cap) || m.getName().equals("is" + cap)));
    }

    /** Levenshtein distance: single-character insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The resource path of a compiler message, from the classpath root. */
    static String resourcePath(Message m) {
        String path = m.getPath();
        if (path == null) return "";
        String p = path.replace('\\', '/');
        if (p.startsWith("src/main/resources/")) p = p.substring("src/main/resources/".length());
        return p;
    }

    /**
     * The line of a compile error: from the message, or Drools' own line, or (the executable model often reports
     * neither) the first line of the file holding the expression the message quotes.
     */
    private static int line(Message m, String text, String source) {
        Matcher matcher = LINE_IN_TEXT.matcher(m.getText());
        if (matcher.find()) return Integer.parseInt(matcher.group(1));
        if (m.getLine() > 0) return m.getLine();
        if (source != null) {
            String[] lines = source.split("\n", -1);
            int colon = text.lastIndexOf(": ");
            String quoted = colon < 0 ? "" : text.substring(colon + 2).trim();
            if (quoted.length() >= 3) {
                for (int i = 0; i < lines.length; i++) if (lines[i].contains(quoted)) return i + 1;
            }
        }
        return 0;
    }

    private static String plain(String text) {
        String t = text.replace('\n', ' ').replaceAll("\\s+", " ").trim();
        return t.replace("Parser returned a null Package", "").trim();
    }
}
