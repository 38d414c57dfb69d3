package uk.msp.examples.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import uk.msp.model.SafeguardingCase;
import uk.msp.rules.CaseJson;
import uk.msp.rules.InvalidCaseException;

/**
 * The cases a report reads: a folder of {@code *.json} case files (read in name order; other files are listed as
 * ignored, never silently), or a JSON-lines file with one case a line (blank lines skipped).
 */
final class CaseInput {
    /**
     * One case document: where it came from, e.g. {@code case-17.json} or {@code cases.jsonl line 17}, and how to
     * read it ({@link CaseJson}: an unreadable, oversized or invalid document is an {@link InvalidCaseException}).
     */
    record Item(String source, Supplier<SafeguardingCase> reader) {}

    /** Receives items one by one. */
    interface Sink {
        void accept(Item item);
    }

    private final Path path;
    private final boolean jsonLines;
    private final List<Path> files;
    private final List<String> ignored;
    private final int size;

    private CaseInput(Path path, boolean jsonLines, List<Path> files, List<String> ignored, int size) {
        this.path = path;
        this.jsonLines = jsonLines;
        this.files = files;
        this.ignored = ignored;
        this.size = size;
    }

    /**
     * Opens a folder or a {@code .jsonl} file.
     *
     * @throws IllegalArgumentException if it is neither, does not exist or cannot be read
     */
    static CaseInput open(Path path) {
        Objects.requireNonNull(path, "input must not be null");
        try {
            if (Files.isDirectory(path)) {
                List<Path> files = new ArrayList<>();
                List<String> ignored = new ArrayList<>();
                try (Stream<Path> s = Files.list(path)) {
                    for (Path p : s.sorted().toList()) {
                        String name = p.getFileName().toString();
                        if (Files.isRegularFile(p) && name.toLowerCase(Locale.ROOT).endsWith(".json")) files.add(p);
                        else ignored.add(name + (Files.isDirectory(p) ? "/" : ""));
                    }
                }
                return new CaseInput(path, false, files, ignored, files.size());
            }
            if (Files.isRegularFile(path)) {
                String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
                    throw new IllegalArgumentException(path + " is not a folder of case files or a .jsonl file of cases");
                }
                int lines = 0;
                try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    for (String line = r.readLine(); line != null; line = r.readLine()) if (!line.isBlank()) lines++;
                }
                return new CaseInput(path, true, List.of(), List.of(), lines);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + path + " (" + e.getClass().getSimpleName() + ")");
        }
        throw new IllegalArgumentException(path + ": no such folder or file");
    }

    /** How many case documents there are (files, or non-blank lines). */
    int size() {
        return size;
    }

    /** The names of folder entries that are not {@code *.json} files, sorted. */
    List<String> ignored() {
        return ignored;
    }

    /** Hands every case document to the sink, in order. */
    void forEach(Sink sink) throws IOException {
        if (jsonLines) {
            String name = path.getFileName().toString();
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    n++;
                    if (line.isBlank()) continue;
                    String source = name + " line " + n;
                    String json = line;
                    sink.accept(new Item(source, () -> CaseJson.read(json, source)));
                }
            }
            return;
        }
        for (Path f : files) sink.accept(new Item(f.getFileName().toString(), () -> CaseJson.read(f)));
    }
}
