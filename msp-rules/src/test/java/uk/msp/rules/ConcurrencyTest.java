package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import uk.msp.model.advice.Advice;
import uk.msp.rules.CaseArbitraries.Generated;

/**
 * One advisor, four threads, tens of thousands of evaluations over varied generated cases: every advice equals the
 * one the serial run gave for the same case, no session is leaked and no thread is left behind.
 *
 * <p>{@value #DEFAULT_EVALUATIONS} evaluations by default; {@code -Dmsp.evaluations=N} runs N.
 */
class ConcurrencyTest {
    static final int DEFAULT_EVALUATIONS = 20_000;
    static final int THREADS = 4;
    static final int CASES = 400;

    @Test
    void four_threads_give_the_same_advice_as_one_and_leave_no_session_or_thread_behind() throws Exception {
        int evaluations = Integer.getInteger("msp.evaluations", DEFAULT_EVALUATIONS);
        MspAdvisor advisor = MspAdvisor.builder().build();
        List<Generated> cases = CaseArbitraries.sample(CASES, 20260302L);
        List<Advice> serial = new ArrayList<>();
        for (Generated g : cases) serial.add(advisor.evaluate(g.safeguardingCase(), g.asOf()));
        assertThat(serial.stream().mapToInt(a -> a.findings().size()).sum()).as("findings in the serial run").isPositive();
        SessionPool before = SessionPool.of(advisor);
        Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> differences = new ConcurrentLinkedQueue<>();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    for (int i = next.getAndIncrement(); i < evaluations; i = next.getAndIncrement()) {
                        // Cases in a different order on each pass, so threads meet different cases at the same time.
                        int k = (int) ((i * 7919L + i / CASES) % CASES);
                        Generated g = cases.get(k);
                        Advice advice = advisor.evaluate(g.safeguardingCase(), g.asOf());
                        if (!advice.equals(serial.get(k))) differences.add("case " + k + ": " + advice.codes() + " vs " + serial.get(k).codes());
                        else if (i % 97 == 0 && !CaseJson.write(advice).equals(CaseJson.write(serial.get(k)))) {
                            differences.add("case " + k + ": JSON differs");
                        }
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> w : workers) total += w.get(10, TimeUnit.MINUTES);
            assertThat(total).isEqualTo(evaluations);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(differences).as("advice that differs from the serial run").isEmpty();

        // Every session is back in the pool, and the pool made no more than one per thread that ever used it.
        SessionPool after = SessionPool.of(advisor);
        assertThat(after.idle()).as("idle sessions (made %d)", after.made()).isEqualTo(after.made());
        assertThat(after.made()).isLessThanOrEqualTo(Math.max(before.made(), Runtime.getRuntime().availableProcessors()) + THREADS);
        // The advisor still works, and no thread was left running by the evaluations (the workers have ended).
        Generated first = cases.get(0);
        assertThat(advisor.evaluate(first.safeguardingCase(), first.asOf())).isEqualTo(serial.get(0));
        assertThat(Thread.getAllStackTraces().keySet()).as("threads started since the evaluations began")
                .filteredOn(t -> !threadsBefore.contains(t) && t.isAlive()).isEmpty();
    }
}
