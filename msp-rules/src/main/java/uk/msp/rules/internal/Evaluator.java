package uk.msp.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Advice;
import uk.msp.model.advice.Evidence;
import uk.msp.model.advice.Finding;
import uk.msp.rules.EvaluationException;
import uk.msp.rules.Policy;
import uk.msp.rules.facts.AsOf;

/** Runs the rules over one case in a pooled session and assembles the advice. Stateless; thread-safe. */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule[: ]+\\[?\"?([^\"\\]\\[,]+?)\"?[\\],]?\\s+(?:in|\\[)");

    private final RuleBase rules;
    private final Policy policy;
    private final int maxFirings;

    public Evaluator(RuleBase rules, Policy policy, int maxFirings) {
        this.rules = rules;
        this.policy = policy;
        this.maxFirings = maxFirings;
    }

    /** Evaluates a valid case. */
    public Advice evaluate(SafeguardingCase c, LocalDate asOf) {
        long start = System.nanoTime();
        KieSession session = rules.pool.newKieSession();
        Firings firings = new Firings();
        Map<Object, String> paths;
        List<Raised> raised = new ArrayList<>();
        try {
            session.addEventListener(firings);
            // A finding, once raised, stays raised: a rule that deletes or changes one (a local rule suppressing a
            // bundled finding) fails the evaluation rather than silently dropping a warning.
            List<String> tampered = new ArrayList<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    if (event.getOldObject() instanceof Raised && event.getRule() != null) tampered.add(ruleLabel(event.getRule()));
                }

                @Override
                public void objectUpdated(ObjectUpdatedEvent event) {
                    if (event.getObject() instanceof Raised && event.getRule() != null) tampered.add(ruleLabel(event.getRule()));
                }
            });
            session.insert(new AsOf(asOf));
            session.insert(policy);
            paths = CaseFacts.walk(c, (fact, path) -> session.insert(fact));
            int fired;
            try {
                fired = session.fireAllRules(match -> rules.gate(match.getRule()).runsOn(asOf), maxFirings);
            } catch (ConsequenceException e) {
                throw failure(ruleLabel(e.getMatch().getRule()), e.getCause() == null ? e : e.getCause());
            } catch (RuntimeException e) {
                throw failure(ruleFromMessage(e), e);
            }
            if (fired >= maxFirings) {
                Map<String, Integer> byKey = firings.byKey();
                String worst = byKey.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("unknown");
                RuleMeta meta = rules.rulesByName.get(worst);
                String label = meta == null ? worst : (meta.code() != null ? meta.code() : meta.name());
                throw new EvaluationException(label, "evaluation stopped after " + maxFirings
                        + " rule firings: rule " + label + " fired " + byKey.get(worst)
                        + " times and looks like it never ends; no advice was given", null);
            }
            if (!tampered.isEmpty()) {
                throw new EvaluationException(tampered.get(0), "rule " + tampered.get(0)
                        + " deleted or changed a finding raised by another rule; no advice was given", null);
            }
            for (Object o : session.getObjects(o -> o instanceof Raised)) raised.add((Raised) o);
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
     * Counts firings per rule, for the runaway message: by rule object, in the order rules first fired, so that the
     * per-firing cost is one identity look-up and nothing is built until an evaluation actually runs away.
     */
    private static final class Firings extends DefaultAgendaEventListener {
        private final Map<Rule, int[]> counts = new IdentityHashMap<>();
        private final List<Rule> order = new ArrayList<>();

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            int[] n = counts.get(rule);
            if (n == null) {
                counts.put(rule, n = new int[1]);
                order.add(rule);
            }
            n[0]++;
        }

        /** The counts keyed by package and name, entered in first-fired order. */
        Map<String, Integer> byKey() {
            Map<String, Integer> out = new HashMap<>();
            for (Rule rule : order) out.merge(key(rule), counts.get(rule)[0], Integer::sum);
            return out;
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

    private static EvaluationException failure(String rule, Throwable cause) {
        // The message names the rule and the error type only: an exception's own text may quote case data.
        return new EvaluationException(rule, "rule " + rule + " failed while evaluating the case ("
                + cause.getClass().getSimpleName() + "); no advice was given", cause);
    }

    private Advice assemble(SafeguardingCase c, LocalDate asOf, Map<Object, String> paths, List<Raised> raised) {
        Map<String, List<Raised>> byCode = new TreeMap<>();
        for (Raised r : raised) {
            String code = r.meta().get(RuleMeta.CODE);
            if (code == null) {
                throw new EvaluationException(r.ruleName(), "rule " + r.ruleName()
                        + " raised a finding but has no @code metadata; no advice was given", null);
            }
            RuleMeta meta = rules.rulesByCode.get(code);
            if (meta == null || !meta.name().equals(r.ruleName())) {
                throw new EvaluationException(code, "rule " + r.ruleName() + " raised code " + code
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

    private Finding finding(String code, List<Raised> raised, Map<Object, String> paths) {
        RuleBase.CodeText t = rules.texts.get(code);
        Set<Evidence> evidence = new LinkedHashSet<>();
        Map<String, Set<String>> params = new LinkedHashMap<>();
        for (Raised r : raised) {
            for (Raised.Because b : r.evidence()) {
                String base = b.fact() == null ? null : paths.get(b.fact());
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
