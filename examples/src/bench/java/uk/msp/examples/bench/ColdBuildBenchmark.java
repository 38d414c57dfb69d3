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

/** Target 1 at start-up: the first advisor built in a fresh JVM, as a host pays it once. One shot per fork. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdBuildBenchmark {

    @Benchmark
    public MspAdvisor coldBuildPrecompiled() {
        return MspAdvisor.builder().build();
    }

    @Benchmark
    public MspAdvisor coldBuildCompiledAtRuntime() {
        return MspAdvisor.builder().compileAtRuntime(true).build();
    }
}
