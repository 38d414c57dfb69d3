package uk.msp.rules.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Evidence;
import uk.msp.model.advice.Finding;
import uk.msp.rules.drl.Raised;
import uk.msp.rules.facts.AsOf;

/** Runs the rules over one case in a pooled session and assembles the advice. Stateless; thread-safe. */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule[: ]+\\[?\"?([^\"\\]\\[,]+?)\"?[\\],]?\\s+(?:in|\\[)");

    private final RuleBase rules;
    private final Object policy;   // the uk.msp.rules.Policy fact the rules read
    private final int maxFirings;

    public Evaluator(RuleBase rules, Object policy, int maxFirings) {
        this.rules = rules;
        this.policy = policy;
        this.maxFirings = maxFirings;
    }

    /**
     * Evaluates a valid case, stopping it once {@code deadline} has passed. The deadline is checked before each rule
     * fires and once the rules are done, so a rule set that fires on and on is halted; a single condition or
     * consequence that never returns cannot be stopped from inside the thread that runs it (msp-rules/HAZARDS.md).
     */
    public Advice evaluate(SafeguardingCase c, LocalDate asOf, Duration deadline) {
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        KieSession session = rules.pool.newKieSession();
        CaseFacts paths;
        List<Raised> raised = new ArrayList<>();
        try {
            AsOf evaluationDate = new AsOf(asOf);
            session.insert(evaluationDate);
            session.insert(policy);
            paths = CaseFacts.walk(c, fact -> {
                if (rules.matches(fact.getClass())) session.insert(fact);
            });
            Guard guard = new Guard(paths, evaluationDate);
            // Only the fact events: the agenda's events (a match made, cancelled, fired) would cost an event object
            // for every match of every rule, about a fifth of an evaluation. The filter below sees each firing.
            session.addEventListener(guard);
            AgendaFilter filter = match -> {
                if (System.nanoTime() - end > 0) {
                    // Late: fire nothing more, and stop the engine rather than let it offer every match left.
                    guard.late = true;
                    session.halt();
                    return false;
                }
                Rule rule = match.getRule();
                if (!rules.gate(rule).runsOn(asOf)) return false;
                guard.fires(rule);   // the engine fires a match the filter accepts, at once
                return true;
            };
            int fired;
            try {
                // Classify, then decide: the classification rules' group has the focus until nothing in it can
                // fire; then the finding rules (the main group) run on settled facts (MetadataCheck keeps the
                // convention).
                session.getAgenda().getAgendaGroup(MetadataCheck.CLASSIFY).setFocus();
                fired = session.fireAllRules(filter, maxFirings);
                if (!guard.late && System.nanoTime() - end > 0) guard.late = true;
                if (fired < maxFirings && guard.fault == null && !guard.late) {
                    // A rule that halted the engine leaves work undone: anything still to fire shows it.
                    Rule last = guard.lastFired;
                    if (session.fireAllRules(filter, 1) > 0) guard.fault(last, "halted the evaluation before every rule had run");
                }
            } catch (ConsequenceException e) {
                throw failure(ruleLabel(e.getMatch().getRule()), e.getCause() == null ? e : e.getCause());
            } catch (RuntimeException e) {
                throw failure(ruleFromMessage(e), e);
            }
            guard.firing = null;   // no rule runs from here on
            if (guard.late && guard.fault == null) {
                // The rule named is the one whose firing ran into the deadline (the last to fire).
                throw new DeadlinePassed(c.id(), guard.lastFired == null ? null : ruleLabel(guard.lastFired), deadline);
            }
            if (guard.fault != null) {
                throw new RuleFailure(guard.faultRule, "rule " + guard.faultRule + " " + guard.fault
                        + "; no advice was given", null);
            }
            if (fired >= maxFirings) {
                Map<String, Integer> byKey = guard.byKey();
                String worst = byKey.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("unknown");
                RuleMeta meta = rules.rulesByName.get(worst);
                String label = meta == null ? worst : (meta.code() != null ? meta.code() : meta.name());
                throw new RuleFailure(label, "evaluation stopped after " + maxFirings
                        + " rule firings: rule " + label + " fired " + byKey.get(worst)
                        + " times and looks like it never ends; no advice was given", null);
            }
            // The findings as they were raised: an immutable rule base keeps no fact that no pattern matches, so
            // they are collected from the insert events, not read back from the session.
            raised.addAll(guard.raised);
        } finally {
            session.dispose();
        }
        Advice advice = assemble(c, asOf, paths, raised);
        if (LOG.isDebugEnabled()) {
            LOG.debug("evaluated case {} as of {}: {} findings {} in {} us", c.id(), asOf, advice.findings().size(),
                    advice.codes(), (System.nanoTime() - start) / 1000);
        }
        return advice;
    }

    /**
     * Watches what rules do while they fire. A rule may add derived facts, but a rule that takes away a finding or
     * a part of the case, makes up case data, raises a finding that is not its own or halts the engine would
     * silently drop or forge warnings: the first such fault is recorded, and fails the evaluation naming the rule.
     * Not caught: a consequence that clears the agenda through the engine's API (Drools reports no event for it).
     * See msp-rules/HAZARDS.md, H-05. It learns of each firing from the agenda filter, and of each fact inserted or
     * deleted from the session's fact events.
     */
    private final class Guard implements RuleRuntimeEventListener {
        private final CaseFacts paths;
        private final AsOf asOf;
        /** Firings per rule, by rule object: one identity look-up per firing; keyed by name only on a runaway. */
        private final Map<Rule, int[]> counts = new IdentityHashMap<>();
        private final List<Rule> order = new ArrayList<>();
        /** Every finding inserted, in order. */
        final List<Raised> raised = new ArrayList<>();
        /** The rule whose consequence is running, if any. */
        Rule firing;
        Rule lastFired;
        /** Set once the deadline has passed. */
        boolean late;
        String fault;
        String faultRule;

        Guard(CaseFacts paths, AsOf asOf) {
            this.paths = paths;
            this.asOf = asOf;
        }

        void fault(Rule rule, String what) {
            if (fault != null) return;
            faultRule = rule == null ? "unknown" : ruleLabel(rule);
            fault = what;
        }

        /** A rule is about to fire (the agenda filter accepted its match): counted, and the rule now running. */
        void fires(Rule rule) {
            firing = rule;
            lastFired = rule;
            int[] n = counts.get(lastFired);
            if (n == null) {
                counts.put(lastFired, n = new int[1]);
                order.add(lastFired);
            }
            n[0]++;
        }

        /** The counts keyed by package and name, in first-fired order. */
        Map<String, Integer> byKey() {
            Map<String, Integer> out = new HashMap<>();
            for (Rule rule : order) out.merge(key(rule), counts.get(rule)[0], Integer::sum);
            return out;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            // A fact inserted through the engine's API (as Raise does) comes with no rule: the firing one it is.
            Rule rule = event.getRule() != null ? event.getRule() : firing;
            if (rule == null) return;   // the case's own parts, inserted before any rule runs
            Object fact = event.getObject();
            if (fact instanceof Raised r) {
                raised.add(r);
                if (!(rule.getName().equals(r.ruleName()) && ownMeta(rule, r.meta()) && r.evidence() != null
                        && r.params() != null)) {
                    fault(rule, "raised a finding that is not its own (raise findings only with Raise.finding(kcontext))");
                }
            } else if (fact.getClass().getPackageName().equals(SafeguardingCase.class.getPackageName())) {
                fault(rule, "inserted case data of its own; rules may add derived facts and findings, not case data");
            } else if (rules.gate(rule).meta != null && rules.gate(rule).meta.code() != null) {
                // A finding rule runs after classification has settled: a fact it derived would never be classified.
                fault(rule, "inserted a fact of its own; a rule with a @code only raises findings: derive facts in a"
                        + " rule with no @code, in ruleflow-group \"" + MetadataCheck.CLASSIFY + "\"");
            }
        }

        /**
         * Whether a finding carries the firing rule's own metadata: the very map {@link uk.msp.rules.drl.Raise} passes
         * on, or one equal to it once unquoted (the per-rule unquoted map was worked out in build()).
         */
        private boolean ownMeta(Rule rule, Map<String, ?> raised) {
            if (raised == null) return false;
            if (raised == rule.getMetaData()) return true;
            RuleMeta meta = rules.gate(rule).meta;
            Map<String, String> own = meta != null ? meta.values() : RuleMeta.unquote(rule.getMetaData());
            return own.equals(RuleMeta.unquote(raised));
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Object old = event.getOldObject();
            Rule rule = event.getRule() != null ? event.getRule() : firing;
            if (rule == null) return;
            if (old instanceof Raised) fault(rule, "deleted a finding; rules may not take findings or case facts away");
            else if (paths.contains(old) || old == asOf || old == policy) {
                fault(rule, "deleted a part of the case; rules may not take findings or case facts away");
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            // Case facts are immutable records; an update changes nothing a rule could hide.
        }
    }


    private static String key(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    private String ruleLabel(Rule rule) {
        return rules.gate(rule).label;
    }

    private String ruleFromMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException ce) return ruleLabel(ce.getMatch().getRule());
            String msg = t.getMessage();
            if (msg == null) continue;
            for (RuleMeta meta : rules.rulesByName.values()) {
                if (msg.contains("\"" + meta.name() + "\"") || msg.contains("[" + meta.name() + "]")
                        || msg.contains("Rule: " + meta.name()) || msg.contains("rule " + meta.name())) {
                    return meta.code() != null ? meta.code() : meta.name();
                }
            }
            Matcher m = RULE_IN_MESSAGE.matcher(msg);
            if (m.find()) return m.group(1).trim();
        }
        return "unknown";
    }

    private static RuleFailure failure(String rule, Throwable cause) {
        // The message names the rule and the error type only: an exception's own text may quote case data.
        return new RuleFailure(rule, "rule " + rule + " failed while evaluating the case ("
                + cause.getClass().getSimpleName() + "); no advice was given", Withheld.of(cause));
    }

    /**
     * A rule's error with its message withheld, for the cause of the front door's {@code EvaluationException}: a
     * host that logs the exception logs where the rule failed (type and stack trace, cause by cause) but not what the
     * error said, which may quote case data (a constraint's error quotes the value it failed on).
     */
    static final class Withheld extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private Withheld(Throwable original, Withheld cause) {
            super(original.getClass().getName() + " (message withheld: it may quote case data)", cause, false, true);
            setStackTrace(original.getStackTrace());
        }

        static Withheld of(Throwable t) {
            List<Throwable> chain = new ArrayList<>();
            for (Throwable c = t; c != null && chain.size() < 20 && !chain.contains(c); c = c.getCause()) chain.add(c);
            Withheld w = null;
            for (int i = chain.size() - 1; i >= 0; i--) w = new Withheld(chain.get(i), w);
            return w;
        }
    }

    private Advice assemble(SafeguardingCase c, LocalDate asOf, CaseFacts paths, List<Raised> raised) {
        Map<String, List<Raised>> byCode = new HashMap<>();   // Advice sorts its findings
        for (Raised r : raised) {
            String code = RuleMeta.unquote(r.meta().get(RuleMeta.CODE));
            if (code == null) {
                throw new RuleFailure(r.ruleName(), "rule " + r.ruleName()
                        + " raised a finding but has no @code metadata; no advice was given", null);
            }
            RuleMeta meta = rules.rulesByCode.get(code);
            if (meta == null || !meta.name().equals(r.ruleName())) {
                throw new RuleFailure(code, "rule " + r.ruleName() + " raised code " + code
                        + " which is not its registered code; no advice was given", null);
            }
            byCode.computeIfAbsent(code, k -> new ArrayList<>()).add(r);
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Raised>> e : byCode.entrySet()) {
            findings.add(finding(e.getKey(), e.getValue(), paths));
        }
        return new Advice(c.id(), asOf, rules.version, rules.switchedOffSorted, findings);
    }

    private Finding finding(String code, List<Raised> raised, CaseFacts paths) {
        RuleBase.CodeText t = rules.texts.get(code);
        Set<Evidence> evidence = new LinkedHashSet<>();
        Map<String, Set<String>> params = new LinkedHashMap<>();
        for (Raised r : raised) {
            for (Raised.Because b : r.evidence()) {
                String base = b.fact() == null ? null : paths.pathOf(b.fact());
                String path = base == null ? "(derived)" : base;
                if (!b.field().isEmpty()) path = path.isEmpty() ? b.field() : path + "." + b.field();
                evidence.add(new Evidence(path, Values.render(b.value())));
            }
            r.params().forEach((k, v) -> params.computeIfAbsent(k, x -> new TreeSet<>()).add(Values.render(v)));
        }
        Map<String, String> flat = new HashMap<>();
        params.forEach((k, v) -> flat.put(k, String.join(", ", v)));
        return new Finding(code, t.severity, t.principle, t.ruleSet, t.summary.fill(flat), t.detail.fill(flat),
                t.citations, List.copyOf(evidence), t.actions, t.overrides, t.checklist);
    }
}
