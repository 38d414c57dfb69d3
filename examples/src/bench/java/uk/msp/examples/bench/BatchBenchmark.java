package uk.msp.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import uk.msp.model.SafeguardingCase;
import uk.msp.rules.MspAdvisor;

/**
 * Target 4: a whole batch of generated cases evaluated in a loop with one shared advisor, one shot per iteration.
 * The score is the time for the batch; the per-case cost is the score divided by {@code cases} (the summary printed
 * by {@link Bench} does that). The JIT is warmed with the same evaluations before the first shot.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class BatchBenchmark {
    @Param({"1000", "10000", "100000"})
    public int cases;

    MspAdvisor advisor;
    List<SafeguardingCase> batch;

    @Setup(Level.Trial)
    public void setUp() {
        advisor = MspAdvisor.builder().build();
        batch = BenchCases.generate(cases, BenchCases.SEED);
        BenchCases.warmUp(advisor, batch);   // so that every batch size is measured with the JIT settled
    }

    @Benchmark
    public void batch(Blackhole bh) {
        for (SafeguardingCase c : batch) bh.consume(advisor.evaluate(c, BenchCases.AS_OF));
    }
}
