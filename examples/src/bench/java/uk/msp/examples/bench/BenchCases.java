package uk.msp.examples.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import uk.msp.examples.generator.CaseGenerator;
import uk.msp.model.SafeguardingCase;
import uk.msp.rules.MspAdvisor;
import uk.msp.rules.Policy;
import uk.msp.rules.facts.AsOf;

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

    /**
     * The parts of a case the advisor inserts as facts (the case, each record and each list item, with the
     * evaluation date and the policy), for the engine-floor measure: the same objects in a one-rule rule base.
     */
    static List<Object> parts(SafeguardingCase c) {
        List<Object> out = new ArrayList<>();
        out.add(new AsOf(AS_OF));
        out.add(Policy.fromProperties(java.util.Map.of()));
        out.addAll(java.util.Arrays.asList(c, c.adult(), c.dates(), c.s42(), c.conversation(), c.advocacy(),
                c.consent(), c.risk(), c.liberty(), c.closure(), c.sar()));
        out.addAll(c.concerns());
        c.concerns().forEach(concern -> out.add(concern.personAlleged()));
        for (List<?> list : List.of(c.desiredOutcomes(), c.capacityAssessments(), c.decisions(),
                c.bestInterestsDecisions(), c.network(), c.advocacy().advocates(), c.consent().disclosures(),
                c.actions(), c.referrals(), c.meetings())) {
            out.addAll(list);
        }
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** A rule base of one rule that never fires, compiled from DRL: the engine with (almost) no rules. */
    static KieBase oneRuleBase() {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("uk.msp.bench", "one-rule", "1.0.0");
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/uk/msp/bench/one.drl", """
                package uk.msp.bench;
                import uk.msp.model.SafeguardingCase;
                rule "never" when SafeguardingCase( id == "no such case" ) then end
                """);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException(builder.getResults().toString());
        }
        return ks.newKieContainer(id).getKieBase();
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
