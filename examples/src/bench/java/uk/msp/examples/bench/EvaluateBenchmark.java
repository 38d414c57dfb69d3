package uk.msp.examples.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
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
 *
 * <p>Two more measures say where the time goes. {@link #evaluateMinimalCase}: a case with only the three required
 * fields, so what it costs is the rule network's fixed cost per evaluation, whatever the case holds.
 * {@link #droolsOneRuleMidCase}: the engine's own floor, the same parts of the mid-size case inserted and fired in a
 * pooled session of a one-rule rule base.
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
    SafeguardingCase minimal;
    List<Object> midParts;
    KieSessionsPool oneRulePool;

    @Setup(Level.Trial)
    public void setUp() {
        advisor = MspAdvisor.builder().build();
        set = BenchCases.generate(SET, BenchCases.SEED);
        mid = BenchCases.midSize(set);
        midJson = BenchCases.json(mid);
        setJson = set.stream().map(BenchCases::json).toArray(byte[][]::new);
        BenchCases.warmUp(advisor, set);
        for (int i = 0; i < 20_000; i++) CaseJson.read(setJson[i % SET], "bench");
        minimal = CaseJson.read(MINIMAL.getBytes(StandardCharsets.UTF_8), "minimal");
        for (int i = 0; i < 20_000; i++) advisor.evaluate(minimal, BenchCases.AS_OF);
        midParts = BenchCases.parts(mid);
        oneRulePool = BenchCases.oneRuleBase().newKieSessionsPool(2);
        for (int i = 0; i < 20_000; i++) droolsOneRuleMidCase();
    }

    static final String MINIMAL = "{\"id\": \"MIN-1\", \"stage\": \"CONCERN\", \"adult\": {\"id\": \"A-1\"}}";

    @Benchmark
    public Advice evaluateMinimalCase() {
        return advisor.evaluate(minimal, BenchCases.AS_OF);
    }

    @Benchmark
    public int droolsOneRuleMidCase() {
        KieSession session = oneRulePool.newKieSession();
        try {
            for (Object part : midParts) session.insert(part);
            return session.fireAllRules(10_000);
        } finally {
            session.dispose();
        }
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
