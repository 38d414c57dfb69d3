package uk.msp.examples.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import uk.msp.examples.generator.CaseGenerator;
import uk.msp.model.SafeguardingCase;
import uk.msp.rules.MspAdvisor;

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

    /**
     * Evaluates the first (up to) 1,000 cases over and over, 20,000 evaluations in all: evaluation takes 10,000 to
     * 15,000 evaluations to reach its steady speed (JIT compilation of Drools' network and the rules' lambdas), more
     * than a few seconds of JMH warm-up give it on a busy machine.
     */
    static void warmUp(MspAdvisor advisor, List<SafeguardingCase> cases) {
        int n = Math.min(cases.size(), 1000);
        long findings = 0;
        for (int i = 0; i < 20_000; i++) findings += advisor.evaluate(cases.get(i % n), AS_OF).findings().size();
        if (findings < 0) throw new AssertionError();   // keeps the loop from being optimised away
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
