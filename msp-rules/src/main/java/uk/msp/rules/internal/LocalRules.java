package uk.msp.rules.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A council's local rules folder: its {@code *.drl} files (any depth) and an optional {@code messages.properties}
 * beside them. Read once, when the advisor is built.
 *
 * @param folder the folder, as given
 * @param drl relative path to DRL text
 * @param wording relative path to properties text
 */
public record LocalRules(Path folder, Map<String, String> drl, Map<String, String> wording) {

    /** Reads a local rules folder. */
    public static LocalRules read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("local rules folder " + folder + " is not a directory");
        }
        Map<String, String> drl = new TreeMap<>();
        Map<String, String> wording = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = folder.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".drl")) drl.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                else if (p.getFileName().toString().equals("messages.properties")) {
                    wording.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read local rules folder " + folder, e);
        }
        return new LocalRules(folder, drl, wording);
    }

    /** No local rules. */
    public static LocalRules none() {
        return new LocalRules(null, Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return drl.isEmpty() && wording.isEmpty();
    }
}
