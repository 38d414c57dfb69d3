package uk.msp.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A council's local rules folder: its {@code *.drl} files and its {@code *.dslr} files, rules written in the
 * sentences of the safeguarding vocabulary (any depth), and an optional {@code messages.properties} beside them. Read
 * once, when the advisor is built; a {@code .dslr} file is expanded to DRL here, line for line, so it joins the DRL
 * files under its own name.
 *
 * @param folder the folder, as given
 * @param drl relative path to DRL text (for a {@code .dslr} file, its expansion)
 * @param wording relative path to properties text
 * @param sentences lines of {@code .dslr} files that no sentence of the vocabulary says
 */
public record LocalRules(Path folder, Map<String, String> drl, Map<String, String> wording, List<Fault> sentences) {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern INTERNAL = Pattern.compile("\\buk\\.msp\\.rules\\.internal\\b");

    /** Reads a local rules folder. */
    public static LocalRules read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("local rules folder " + folder + " is not a directory");
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> wording = new TreeMap<>();
        List<Fault> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".drl")) drl.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                else if (rel.endsWith(".dslr")) {
                    Sentences.Expanded expanded = Sentences.vocabulary().expand("local/" + rel,
                            Files.readString(p, StandardCharsets.UTF_8));
                    sentences.addAll(expanded.faults());
                    if (expanded.faults().isEmpty()) drl.put(rel, expanded.drl());
                }
                else if (p.getFileName().toString().equals("messages.properties")) {
                    wording.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read local rules folder " + folder, e);
        }
        return new LocalRules(folder, drl, wording, List.copyOf(sentences));
    }

    /** No local rules. */
    public static LocalRules none() {
        return new LocalRules(null, Map.of(), Map.of(), List.of());
    }

    public boolean isEmpty() {
        return drl.isEmpty() && wording.isEmpty() && sentences.isEmpty();
    }

    /** The DRL packages the local files declare. */
    Set<String> packages() {
        Set<String> out = new TreeSet<>();
        drl.values().forEach(text -> {
            String pkg = packageOf(text);
            if (pkg != null) out.add(pkg);
        });
        return out;
    }

    /** The package a DRL text declares, or null. */
    static String packageOf(String drlText) {
        Matcher m = PACKAGE.matcher(drlText);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Local DRL that names this package (an import, a qualified name) outside comments: refused, since internal
     * changes without notice and a council's rules would break on the next release.
     */
    List<Fault> namingInternal() {
        List<Fault> out = new ArrayList<>();
        drl.forEach((path, text) -> {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].trim();
                if (line.startsWith("//") || line.startsWith("/*") || line.startsWith("*")) continue;
                if (INTERNAL.matcher(line).find()) {
                    out.add(new Fault("local/" + path, i + 1, "uses uk.msp.rules.internal, which is not API and changes"
                            + " without notice: import what rules call from uk.msp.rules.drl (Raise, Days, Ages)"));
                }
            }
        });
        return out;
    }
}
