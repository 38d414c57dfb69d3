package uk.msp.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.rules.internal.CaseValidator;
import uk.msp.rules.internal.DeadlinePassed;
import uk.msp.rules.internal.Evaluator;
import uk.msp.rules.internal.LocalRules;
import uk.msp.rules.internal.Problem;
import uk.msp.rules.internal.RuleBase;
import uk.msp.rules.internal.RuleFailure;
import uk.msp.rules.internal.RulesRejected;

/**
 * Turns a safeguarding case into advice: prompts and warnings with their reasons, legal basis and evidence.
 *
 * <p>Thread-safe: build one at start-up (it compiles or loads the rules, about half a second) and call
 * {@link #evaluate} from any number of threads. Evaluation is total and deterministic: the same case and date give
 * an equal {@link Advice}; an invalid case gives an {@link InvalidCaseException} naming every problem; a failing
 * rule gives an {@link EvaluationException} naming it; an evaluation that runs past the deadline
 * ({@link Builder#deadline(Duration)}, {@value #DEFAULT_DEADLINE_MS} ms by default) gives a
 * {@link DeadlineExceededException} naming the case and the rule. Never partial advice.
 *
 * <pre>{@code
 * MspAdvisor advisor = MspAdvisor.builder().build();
 * Advice advice = advisor.evaluate(safeguardingCase, LocalDate.of(2026, 3, 2));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class MspAdvisor {
    /** Rule firings after which an evaluation is stopped as a runaway. */
    static final int MAX_FIRINGS = 10_000;
    /**
     * The default evaluation deadline in milliseconds: far above any real case (a few milliseconds), low enough that
     * a request or a report is not held for long by one case.
     *
     * @since 0.2.0
     */
    public static final long DEFAULT_DEADLINE_MS = 10_000;

    private final RuleBase rules;
    private final Evaluator evaluator;
    private final Policy policy;
    private final Clock clock;
    private final Duration deadline;

    private MspAdvisor(RuleBase rules, Policy policy, Clock clock, Duration deadline) {
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
        this.deadline = deadline;
        this.evaluator = new Evaluator(rules, policy, MAX_FIRINGS);
    }

    /** A builder with the bundled rules, default policy and the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Evaluates a case as of today by the advisor's clock.
     *
     * @param safeguardingCase the case; never null
     * @return the advice; never null
     * @throws InvalidCaseException naming every problem in the case
     * @throws EvaluationException naming the rule that failed
     * @throws DeadlineExceededException naming the case and the rule running when the deadline passed
     */
    public Advice evaluate(SafeguardingCase safeguardingCase) {
        return evaluate(safeguardingCase, LocalDate.now(clock));
    }

    /**
     * Evaluates a case as of the given date: time-based rules count from it, never from the wall clock.
     *
     * @param safeguardingCase the case; never null
     * @param asOf the evaluation date; never null
     * @return the advice; never null
     * @throws InvalidCaseException naming every problem in the case
     * @throws EvaluationException naming the rule that failed
     * @throws DeadlineExceededException naming the case and the rule running when the deadline passed
     */
    public Advice evaluate(SafeguardingCase safeguardingCase, LocalDate asOf) {
        Objects.requireNonNull(safeguardingCase, "case must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        List<Problem> problems = CaseValidator.validate(safeguardingCase, asOf);
        if (!problems.isEmpty()) {
            // An id that is not of the accepted form is not repeated: it could carry a line break into a log.
            String id = CaseValidator.validId(safeguardingCase.id()) ? "case " + safeguardingCase.id() : "case";
            throw new InvalidCaseException(id, problems.stream()
                    .map(p -> new InvalidCaseException.Problem(p.path(), p.line(), p.column(), p.message())).toList());
        }
        try {
            return evaluator.evaluate(safeguardingCase, asOf, deadline);
        } catch (RuleFailure f) {
            throw new EvaluationException(f.ruleCode(), f.getMessage(), f.getCause());
        } catch (DeadlinePassed d) {
            throw new DeadlineExceededException(d.caseId(), d.ruleCode(), d.deadline());
        }
    }

    /** Every rule in this advisor's rule set, sorted by code; never null. */
    public List<RuleInfo> rules() {
        return rules.catalogue().stream().map(e -> new RuleInfo(e.code(), e.principle(), e.severity(), e.ruleSet(),
                e.status(), e.since(), e.effectiveFrom(), e.effectiveTo(), e.checklist(), e.local(), e.switchedOff(),
                e.summary(), e.citations(), e.file())).toList();
    }

    /** The rule-set version written on every advice: the bundled version, plus a digest of local changes. */
    public String version() {
        return rules.version();
    }

    /** The policy values in force; never null. */
    public Policy policy() {
        return policy;
    }

    /** The codes of bundled rules switched off, sorted; never null. */
    public Set<String> switchedOff() {
        return new TreeSet<>(rules.switchedOff());
    }

    /**
     * How long one evaluation may take before it is stopped; never null.
     *
     * @since 0.2.0
     */
    public Duration deadline() {
        return deadline;
    }

    /** Today by the advisor's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Builds an {@link MspAdvisor}. Not thread-safe; frozen at {@link #build()}. */
    public static final class Builder {
        private Policy policy = Policy.DEFAULTS;
        private Clock clock = Clock.systemDefaultZone();
        private Path localRules;
        private final Set<String> switchedOff = new TreeSet<>();
        private boolean runtimeCompile;
        private Duration deadline = Duration.ofMillis(DEFAULT_DEADLINE_MS);

        private Builder() {}

        /**
         * How long one evaluation may take; past it, the evaluation stops and {@link MspAdvisor#evaluate} throws a
         * {@link DeadlineExceededException}. Defaults to {@value MspAdvisor#DEFAULT_DEADLINE_MS} ms.
         *
         * @param deadline a positive duration; never null
         * @throws IllegalArgumentException if the duration is zero or negative
         * @since 0.2.0
         */
        public Builder deadline(Duration deadline) {
            Objects.requireNonNull(deadline, "deadline must not be null");
            if (deadline.isZero() || deadline.isNegative()) {
                throw new IllegalArgumentException("deadline must be positive, not " + deadline.toMillis() + " ms");
            }
            this.deadline = deadline;
            return this;
        }

        /** The policy values; defaults to {@link Policy#DEFAULTS}. */
        public Builder policy(Policy policy) {
            this.policy = Objects.requireNonNull(policy, "policy must not be null");
            return this;
        }

        /**
         * Reads policy values from a properties file on top of the defaults.
         *
         * @throws IllegalArgumentException naming every unknown key and bad value, or an unreadable file
         */
        public Builder policyFile(Path file) {
            Objects.requireNonNull(file, "policy file must not be null");
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("cannot read policy file " + file + ": " + e.getClass().getSimpleName());
            }
            try {
                this.policy = Policy.fromProperties(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("policy file " + file + ": " + e.getMessage());
            }
            return this;
        }

        /** The clock {@link MspAdvisor#evaluate(SafeguardingCase)} takes today from; defaults to the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock must not be null");
            return this;
        }

        /**
         * A folder of local rules to run beside the bundled ones: {@code .drl} files, {@code .dslr} files (rules written
         * in the sentences of the safeguarding vocabulary, {@code docs/VOCABULARY.md}) and an optional
         * {@code messages.properties}. Local rules are code with the privileges of the host process: load only reviewed rules, and never from a
         * path that case data names.
         *
         * <p>Only the local DRL is compiled; the bundled rules stay precompiled and both go into one rule base, so local
         * rules match the facts bundled rules derive. The compiled local rules are kept on disk, keyed by the local
         * DRL and the builds of msp and Drools, and the next build with the same files loads them instead of compiling:
         * the system property {@code msp.rules.cache} names the folder (default {@code ~/.cache/msp/local-rules},
         * created readable by its owner only, since its class files are loaded as code) or turns it {@code off}.
         */
        public Builder localRules(Path folder) {
            this.localRules = Objects.requireNonNull(folder, "local rules folder must not be null");
            return this;
        }

        /** Switches bundled rules off by code; every advice lists them. */
        public Builder switchOff(String... codes) {
            Arrays.stream(codes).map(c -> Objects.requireNonNull(c, "code must not be null")).forEach(switchedOff::add);
            return this;
        }

        /**
         * Compiles the bundled rules from their DRL at build time instead of loading the precompiled model. Slower;
         * for tests that check both paths agree, and for benchmarks.
         */
        public Builder compileAtRuntime(boolean runtimeCompile) {
            this.runtimeCompile = runtimeCompile;
            return this;
        }

        /**
         * Builds the advisor.
         *
         * @throws RuleSetException naming every problem in the rules (compile errors with file and line, metadata,
         *     duplicate codes, wording); never a partial rule set
         */
        public MspAdvisor build() {
            LocalRules local = localRules == null ? LocalRules.none() : LocalRules.read(localRules);
            RuleBase rules;
            try {
                rules = RuleBase.build(local, Set.copyOf(switchedOff), policy.asMap(), policy.equals(Policy.DEFAULTS),
                        runtimeCompile);
            } catch (RulesRejected e) {
                throw new RuleSetException(e.faults().stream()
                        .map(f -> new RuleSetException.Problem(f.file(), f.line(), f.message())).toList());
            }
            return new MspAdvisor(rules, policy, clock, deadline);
        }
    }
}
