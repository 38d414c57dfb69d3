package uk.msp.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Finding;
import uk.msp.rules.MspAdvisor;

/**
 * Target 5: a year of s.42 enquiries in England (about 170,000) through one advisor under a small heap. Cases are
 * generated in chunks, so at most one chunk of cases is held at a time; each advice is counted and dropped.
 *
 * <pre>java -Xmx512m -cp examples/target/benchmarks.jar uk.msp.examples.bench.BigBatch [cases] [chunk]</pre>
 */
public final class BigBatch {
    private BigBatch() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 170_000;
        int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long wallStart = System.nanoTime();
        MspAdvisor advisor = MspAdvisor.builder().build();
        long built = System.nanoTime();

        long evalNanos = 0;
        long findings = 0;
        long maxAfterGc = 0;
        Map<String, Integer> byCode = new TreeMap<>();
        int done = 0;
        for (int k = 0; done < n; k++) {
            List<SafeguardingCase> cases = BenchCases.generate(Math.min(chunk, n - done), BenchCases.SEED + k);
            long t0 = System.nanoTime();
            for (SafeguardingCase c : cases) {
                Advice advice = advisor.evaluate(c, BenchCases.AS_OF);
                findings += advice.findings().size();
                for (Finding f : advice.findings()) byCode.merge(f.code(), 1, Integer::sum);
            }
            evalNanos += System.nanoTime() - t0;
            done += cases.size();
            maxAfterGc = Math.max(maxAfterGc, usedAfterLastGc());
        }
        long wall = System.nanoTime() - wallStart;

        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        long gcCount = 0;
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcCount += Math.max(0, gc.getCollectionCount());
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        System.out.printf(Locale.ROOT, "cases evaluated:        %,d (chunks of %,d), %,d findings, %d distinct codes%n",
                done, chunk, findings, byCode.size());
        System.out.printf(Locale.ROOT, "max heap (-Xmx):        %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "advisor build:          %,d ms%n", (built - wallStart) / 1_000_000);
        System.out.printf(Locale.ROOT, "evaluation only:        %,d ms (%.1f us per case, %,.0f cases/s)%n",
                evalNanos / 1_000_000, evalNanos / 1000.0 / done, done / (evalNanos / 1e9));
        System.out.printf(Locale.ROOT, "wall, with generation:  %,d ms%n", wall / 1_000_000);
        System.out.printf(Locale.ROOT, "peak heap used:         %,d MB (sum of heap pools' peaks: an upper bound)%n", peak >> 20);
        System.out.printf(Locale.ROOT, "max heap after GC:      %,d MB (live data, sampled after each chunk)%n", maxAfterGc >> 20);
        System.out.printf(Locale.ROOT, "GC:                     %,d collections, %,d ms%n", gcCount, gcMillis);
    }

    /** Heap in use just after the most recent collection, over all heap pools. */
    private static long usedAfterLastGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getType() == MemoryType.HEAP ? pool.getCollectionUsage() : null;
            if (u != null) used += u.getUsed();
        }
        return used;
    }
}
