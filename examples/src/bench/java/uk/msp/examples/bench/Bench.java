package uk.msp.examples.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks (every JMH option works, e.g. {@code -rf json}, {@code -prof gc}, a name regex) and then
 * prints each target as a ratio measured in this run (evaluate / parse against issue 18's bounds, 5 and 6).
 * {@link Targets} measures every target, cold starts and the service included, in one run.
 *
 * <p>{@code --quick}: one fork, one short warm-up and two short measurements per benchmark, no cold-start build and
 * no 100,000-case batch: a smoke run of a few minutes whose evaluation figures are not fully warmed up.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        List<String> jmhArgs = new ArrayList<>();
        boolean quick = false;
        for (String a : args) {
            if (a.equals("--quick")) quick = true;
            else jmhArgs.add(a);
        }
        if (jmhArgs.stream().anyMatch(Set.of("-h", "-l", "-lp", "-lrf", "-lprof")::contains)) {
            org.openjdk.jmh.Main.main(jmhArgs.toArray(String[]::new));
            return;
        }
        CommandLineOptions cmd = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        ChainedOptionsBuilder options = new OptionsBuilder().parent(cmd);
        if (cmd.getIncludes().isEmpty()) options.include(Bench.class.getPackageName() + "\\.");
        if (quick) {
            options.forks(1).warmupIterations(1).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1)).exclude("ColdBuild");
            if (!cmd.getParameter("cases").hasValue()) options.param("cases", "1000", "10000");
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        summary(results);
    }

    private static void summary(Collection<RunResult> results) {
        System.out.println();
        System.out.println("Targets (ratios of scores from this run):");
        double pre = score(results, "buildPrecompiled", null);
        double rt = score(results, "buildCompiledAtRuntime", null);
        atMost("advisor build, precompiled / compiled at runtime (warm)", pre, rt, 0.25,
                String.format(Locale.ROOT, "%.0f ms vs %.0f ms", pre, rt));
        double cpre = score(results, "coldBuildPrecompiled", null);
        double crt = score(results, "coldBuildCompiledAtRuntime", null);
        atMost("advisor build, precompiled / compiled at runtime (cold JVM)", cpre, crt, 0.25,
                String.format(Locale.ROOT, "%.0f ms vs %.0f ms", cpre, crt));
        double em = score(results, "evaluateMidCase", null);
        double pm = score(results, "parseMidCase", null);
        atMost("evaluate / JSON parse, mid-size case", em, pm, 5.0, String.format(Locale.ROOT, "%.1f us vs %.1f us", em, pm));
        double es = score(results, "evaluateSet", null);
        double ps = score(results, "parseSet", null);
        atMost("evaluate / JSON parse, average over the set", es, ps, 6.0,
                String.format(Locale.ROOT, "%.1f us vs %.1f us", es, ps));
        double min = score(results, "evaluateMinimalCase", null);
        double floor = score(results, "droolsOneRuleMidCase", null);
        System.out.printf(Locale.ROOT, "  where the time goes, as multiples of the mid-size parse (%.1f us): Drools with one rule, "
                + "same facts %.2f; evaluate of a minimal case %.2f; evaluate of the mid-size case %.2f%n", pm, floor / pm, min / pm, em / pm);
        double one = score(results, "oneThread", null);
        double two = score(results, "twoThreads", null);
        line("throughput, 2 threads / 1 thread", two / one, ">= 1.6", two / one >= 1.6,
                String.format(Locale.ROOT, "%.2f vs %.2f evaluations/ms (measured in separate windows; "
                        + "uk.msp.examples.bench.Scaling alternates them)", two, one));
        double b10k = score(results, "batch", "10000") / 10_000;
        double b100k = score(results, "batch", "100000") / 100_000;
        double b1k = score(results, "batch", "1000") / 1_000;
        atMost("per-case cost, batch of 100,000 / batch of 10,000", b100k, b10k, 1.2,
                String.format(Locale.ROOT, "%.1f us vs %.1f us per case (1,000: %.1f us)", b100k * 1000, b10k * 1000, b1k * 1000));
    }

    private static double score(Collection<RunResult> results, String method, String cases) {
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            if (!name.endsWith("." + method)) continue;
            if (cases != null && !cases.equals(r.getParams().getParam("cases"))) continue;
            return r.getPrimaryResult().getScore();
        }
        return Double.NaN;
    }

    /** A target of the form "numerator / denominator at most bound". */
    private static void atMost(String what, double numerator, double denominator, double bound, String context) {
        double ratio = numerator / denominator;
        line(what, ratio, "<= " + bound, ratio <= bound, context);
    }

    private static void line(String what, double ratio, String target, boolean met, String context) {
        if (Double.isNaN(ratio)) {
            System.out.printf(Locale.ROOT, "  %-62s not run%n", what);
            return;
        }
        System.out.printf(Locale.ROOT, "  %-62s %6.2f  (target %s: %s)  %s%n", what, ratio, target, met ? "met" : "NOT met", context);
    }
}
