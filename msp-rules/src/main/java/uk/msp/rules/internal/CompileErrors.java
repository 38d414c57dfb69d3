package uk.msp.rules.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;

/** Turns the compiler's error messages into faults an analyst can act on: file, line, plain words. */
final class CompileErrors {
    private static final Pattern LINE_IN_TEXT = Pattern.compile("[Ll]ine:? ?(\\d+)");

    private CompileErrors() {}

    /**
     * A compile error as a fault.
     *
     * @param name the file as the analyst knows it
     * @param source that file's DRL text, or null
     */
    static Fault of(Message m, String name, String source) {
        String text = plain(m.getText());
        return new Fault(name, line(m, text, source), text);
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
