package uk.msp.examples.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.msp.examples.generator.CaseGenerator;
import uk.msp.model.SafeguardingCase;

/** The cases the benchmarks evaluate: synthetic, from {@link CaseGenerator}, the same for the same count and seed. */
final class BenchCases {
    static final long SEED = 42L;
    /** Every generated case is valid as of this date. */
    static final LocalDate AS_OF = CaseGenerator.AS_OF;
    private static final CaseGenerator GENERATOR = new CaseGenerator();

    private BenchCases() {}

    static List<SafeguardingCase> generate(int n, long seed) {
        return GENERATOR.generate(n, seed);
    }

    /** A case as the one-line JSON a host would send. */
    static byte[] json(SafeguardingCase c) {
        return CaseGenerator.jsonLine(c).getBytes(StandardCharsets.UTF_8);
    }

    /** The case of median JSON size: a realistic mid-size case. */
    static SafeguardingCase midSize(List<SafeguardingCase> cases) {
        List<SafeguardingCase> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparingInt((SafeguardingCase c) -> json(c).length).thenComparing(SafeguardingCase::id));
        return sorted.get(sorted.size() / 2);
    }
}
