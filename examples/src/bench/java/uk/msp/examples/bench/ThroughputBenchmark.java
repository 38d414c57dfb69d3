package uk.msp.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.MspAdvisor;

/** Target 3: evaluations per millisecond with one thread and with two threads sharing one advisor. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThroughputBenchmark {

    /** One advisor and one set of cases, shared by every thread. */
    @State(Scope.Benchmark)
    public static class Shared {
        MspAdvisor advisor;
        List<SafeguardingCase> cases;
        final AtomicInteger threads = new AtomicInteger();

        @Setup(Level.Trial)
        public void setUp() {
            advisor = MspAdvisor.builder().build();
            cases = BenchCases.generate(EvaluateBenchmark.SET, BenchCases.SEED);
            BenchCases.warmUp(advisor, cases);
        }
    }

    /** Each thread walks the cases from its own starting point. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        @Setup(Level.Trial)
        public void setUp(Shared shared) {
            next = shared.threads.getAndIncrement() * (shared.cases.size() / 2);
        }

        SafeguardingCase next(Shared shared) {
            SafeguardingCase c = shared.cases.get(next);
            next = next + 1 == shared.cases.size() ? 0 : next + 1;
            return c;
        }
    }

    @Benchmark
    @Threads(1)
    public Advice oneThread(Shared shared, Cursor cursor) {
        return shared.advisor.evaluate(cursor.next(shared), BenchCases.AS_OF);
    }

    @Benchmark
    @Threads(2)
    public Advice twoThreads(Shared shared, Cursor cursor) {
        return shared.advisor.evaluate(cursor.next(shared), BenchCases.AS_OF);
    }
}
