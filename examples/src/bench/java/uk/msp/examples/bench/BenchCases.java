package uk.msp.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import uk.msp.model.SafeguardingCase;
import uk.msp.rules.CaseJson;

/** The cases the benchmarks evaluate. TEMPORARY: the example cases, cycled, until the generator is merged. */
final class BenchCases {
    static final long SEED = 42L;
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 2);

    private BenchCases() {}

    static List<SafeguardingCase> generate(int n, long seed) {
        List<SafeguardingCase> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples/cases"))) {
            files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(p -> examples.add(CaseJson.read(p)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<SafeguardingCase> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(examples.get(i % examples.size()));
        return out;
    }

    /** A case's JSON, as a host would send it. */
    static byte[] json(SafeguardingCase c) {
        return CaseJson.write(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The case of median JSON size: a realistic mid-size case. */
    static SafeguardingCase midSize(List<SafeguardingCase> cases) {
        List<SafeguardingCase> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparingInt((SafeguardingCase c) -> json(c).length).thenComparing(SafeguardingCase::id));
        return sorted.get(sorted.size() / 2);
    }
}
