package uk.msp.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.CaseJson;
import uk.msp.rules.MspAdvisor;

/**
 * Target 2: evaluating a case against merely reading it from JSON. One realistic mid-size case (the median JSON size
 * of the generated set), and the average over the whole generated set. Both are warmed up in set-up (20,000 of
 * each) before JMH's own warm-up.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EvaluateBenchmark {
    static final int SET = 200;

    MspAdvisor advisor;
    SafeguardingCase mid;
    byte[] midJson;
    List<SafeguardingCase> set;
    byte[][] setJson;

    @Setup(Level.Trial)
    public void setUp() {
        advisor = MspAdvisor.builder().build();
        set = BenchCases.generate(SET, BenchCases.SEED);
        mid = BenchCases.midSize(set);
        midJson = BenchCases.json(mid);
        setJson = set.stream().map(BenchCases::json).toArray(byte[][]::new);
        BenchCases.warmUp(advisor, set);
        for (int i = 0; i < 20_000; i++) CaseJson.read(setJson[i % SET], "bench");
    }

    @Benchmark
    public Advice evaluateMidCase() {
        return advisor.evaluate(mid, BenchCases.AS_OF);
    }

    @Benchmark
    public SafeguardingCase parseMidCase() {
        return CaseJson.read(midJson, "bench");
    }

    @Benchmark
    @OperationsPerInvocation(SET)
    public void evaluateSet(Blackhole bh) {
        for (SafeguardingCase c : set) bh.consume(advisor.evaluate(c, BenchCases.AS_OF));
    }

    @Benchmark
    @OperationsPerInvocation(SET)
    public void parseSet(Blackhole bh) {
        for (byte[] json : setJson) bh.consume(CaseJson.read(json, "bench"));
    }
}
