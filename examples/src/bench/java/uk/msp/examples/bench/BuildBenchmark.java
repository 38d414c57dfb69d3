package uk.msp.examples.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import uk.msp.rules.MspAdvisor;

/**
 * Target 1: building an advisor from the precompiled rules against building it from the same DRL compiled at
 * runtime. Single shots; the first shot in each fork is a cold start (the warm-up iteration), later shots are warm.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 1)
@Measurement(iterations = 4)
public class BuildBenchmark {

    @Benchmark
    public MspAdvisor buildPrecompiled() {
        return MspAdvisor.builder().build();
    }

    @Benchmark
    public MspAdvisor buildCompiledAtRuntime() {
        return MspAdvisor.builder().compileAtRuntime(true).build();
    }
}
