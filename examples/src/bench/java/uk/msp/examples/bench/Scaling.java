package uk.msp.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;

import uk.msp.model.SafeguardingCase;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;

/**
 * Target 3 again, measured so that a shared machine's drift cancels out: rounds of one thread and of two threads
 * alternate, and the ratio is the geometric mean of each round pair's ratio. (JMH's {@code ThroughputBenchmark}
 * runs all its one-thread iterations before its two-thread ones, so a neighbour's load that comes or goes between
 * them moves the ratio.) JSON parsing and a plain arithmetic loop are measured the same way, as references for what
 * this machine gives two threads.
 *
 * <pre>
 * java -cp examples/target/benchmarks.jar uk.msp.examples.bench.Scaling [rounds, default 10]
 * </pre>
 */
public final class Scaling {
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static volatile long sink;

    private Scaling() {}

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        MspAdvisor advisor = MspAdvisor.builder().build();
        List<SafeguardingCase> cases = BenchCases.generate(EvaluateBenchmark.SET, BenchCases.SEED);
        byte[][] json = cases.stream().map(BenchCases::json).toArray(byte[][]::new);
        BenchCases.warmUp(advisor, cases);
        for (int i = 0; i < 20_000; i++) sink += CaseJson.read(json[i % json.length], "scaling").concerns().size();

        System.out.printf(Locale.ROOT, "%d rounds of %d s, one thread and two threads alternating; %d vCPUs%n", rounds,
                ROUND_NANOS / 1_000_000_000L, Runtime.getRuntime().availableProcessors());
        measure("evaluate", rounds, i -> advisor.evaluate(cases.get(i % cases.size()), BenchCases.AS_OF).findings().size());
        measure("JSON parse (reference)", rounds, i -> CaseJson.read(json[i % json.length], "scaling").concerns().size());
        measure("arithmetic loop (reference)", rounds, i -> {
            long x = i;
            for (int k = 0; k < 20_000; k++) x = x * 6364136223846793005L + 1442695040888963407L;
            return x;
        });
    }

    private static void measure(String what, int rounds, IntToLongFunction work) throws InterruptedException {
        double logSum = 0;
        double oneSum = 0;
        double twoSum = 0;
        for (int r = 0; r < rounds; r++) {
            double one = throughput(work, 1);
            double two = throughput(work, 2);
            logSum += Math.log(two / one);
            oneSum += one;
            twoSum += two;
        }
        System.out.printf(Locale.ROOT, "  %-28s 2 threads / 1 thread %.2f (geometric mean of %d round pairs; "
                + "mean %.2f vs %.2f per ms)%n", what, Math.exp(logSum / rounds), rounds, twoSum / rounds, oneSum / rounds);
    }

    /** Operations per millisecond over one round with {@code threads} threads, each starting at its own case. */
    private static double throughput(IntToLongFunction work, int threads) throws InterruptedException {
        AtomicLong ops = new AtomicLong();
        long start = System.nanoTime();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t * 100;
            Thread thread = new Thread(() -> {
                long n = 0;
                long s = 0;
                while (System.nanoTime() - start < ROUND_NANOS) {
                    s += work.applyAsLong((int) (n + offset));
                    n++;
                }
                ops.addAndGet(n);
                sink += s;
            }, "scaling-" + t);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) thread.join();
        return ops.get() / ((System.nanoTime() - start) / 1e6);
    }
}
