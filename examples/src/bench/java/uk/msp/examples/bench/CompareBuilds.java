package uk.msp.examples.bench;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Compares the evaluation cost of two builds in one JVM: each benchmarks jar is loaded in a class loader of its own,
 * and one-second rounds of the two alternate, so that a shared machine's drift falls on both. Prints the geometric
 * mean of the round ratios, and each build's cost as a multiple of a JSON parse. Use it to judge a change to the
 * engine or the rules: the JMH figures of two separate runs on a shared machine differ by more than most changes.
 *
 * <pre>
 * git worktree add /tmp/before HEAD~1 &amp;&amp; (cd /tmp/before &amp;&amp; ./mvnw -q -Pbench -DskipTests package)
 * ./mvnw -q -Pbench -DskipTests package
 * java -cp examples/target/benchmarks.jar uk.msp.examples.bench.CompareBuilds \
 *     /tmp/before/examples/target/benchmarks.jar examples/target/benchmarks.jar [rounds, default 12]
 * </pre>
 *
 * Both builds must give the same number of findings for every case, or it stops: it compares costs, not advice.
 */
public final class CompareBuilds {
    private static volatile long sink;

    private CompareBuilds() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CompareBuilds BEFORE.jar AFTER.jar [rounds]");
            System.exit(2);
        }
        Build before = new Build(args[0]);
        Build after = new Build(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        for (int i = 0; i < 20_000; i++) sink += before.evaluate(i) + after.evaluate(i) + before.parse(i);
        for (int i = 0; i < before.size(); i++) {
            if (before.evaluate(i) != after.evaluate(i)) throw new IllegalStateException("the builds give different advice for case " + i);
        }
        double logSum = 0;
        double b = 0;
        double a = 0;
        double p = 0;
        for (int r = 0; r < rounds; r++) {
            double tb = round(before, false);
            double ta = round(after, false);
            p += round(before, true);
            logSum += Math.log(ta / tb);
            b += tb;
            a += ta;
        }
        System.out.printf(Locale.ROOT, "%d generated cases, %d rounds: before %.1f us, after %.1f us per evaluation "
                + "(JSON parse %.1f us); after / before %.3f (geometric mean of round ratios); before %.2f parses, "
                + "after %.2f parses%n", before.size(), rounds, b / rounds, a / rounds, p / rounds,
                Math.exp(logSum / rounds), b / p, a / p);
    }

    /** Mean microseconds per operation over one second, cycling through the cases. */
    private static double round(Build build, boolean parse) throws Exception {
        long start = System.nanoTime();
        long n = 0;
        while (System.nanoTime() - start < 1_000_000_000L) {
            for (int k = 0; k < build.size(); k++, n++) sink += parse ? build.parse(k) : build.evaluate(k);
        }
        return (System.nanoTime() - start) / 1000.0 / n;
    }

    /** One build, loaded on its own; its cases come from its own generator (same seed, same cases). */
    private static final class Build {
        private final ClassLoader loader;
        private final Object advisor;
        private final Method evaluate;
        private final Method findings;
        private final Method read;
        private final List<?> cases;
        private final byte[][] json;
        private final LocalDate asOf;

        Build(String jar) throws Exception {
            loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
            Thread.currentThread().setContextClassLoader(loader);   // Drools finds its services through it
            Class<?> advisorClass = loader.loadClass("uk.msp.rules.MspAdvisor");
            Object builder = advisorClass.getMethod("builder").invoke(null);
            advisor = builder.getClass().getMethod("build").invoke(builder);
            Class<?> benchCases = loader.loadClass(BenchCases.class.getName());
            Method generate = benchCases.getDeclaredMethod("generate", int.class, long.class);
            generate.setAccessible(true);
            cases = (List<?>) generate.invoke(null, EvaluateBenchmark.SET, BenchCases.SEED);
            Field day = benchCases.getDeclaredField("AS_OF");
            day.setAccessible(true);
            asOf = (LocalDate) day.get(null);
            Class<?> caseClass = loader.loadClass("uk.msp.model.SafeguardingCase");
            evaluate = advisorClass.getMethod("evaluate", caseClass, LocalDate.class);
            findings = loader.loadClass("uk.msp.model.advice.Advice").getMethod("findings");
            Method toJson = benchCases.getDeclaredMethod("json", caseClass);
            toJson.setAccessible(true);
            json = new byte[cases.size()][];
            for (int i = 0; i < json.length; i++) json[i] = (byte[]) toJson.invoke(null, cases.get(i));
            read = loader.loadClass("uk.msp.rules.CaseJson").getMethod("read", byte[].class, String.class);
        }

        int size() {
            return cases.size();
        }

        long evaluate(int i) throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            return ((List<?>) findings.invoke(evaluate.invoke(advisor, cases.get(i % cases.size()), asOf))).size();
        }

        long parse(int i) throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            return read.invoke(null, json[i % json.length], "compare").hashCode();
        }
    }
}
