package uk.msp.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one helper a rule's consequence calls to raise its finding. It reads the code, principle and severity from
 * the rule's metadata, records the evidence as fact, field and value, and inserts the finding into working memory.
 * Wording, citations and evidence paths are filled in after the rules have run.
 *
 * <pre>
 * then
 *     Raise.finding(kcontext).because($a, "reasons", $a.reasons()).done();
 * </pre>
 */
public final class Raise {
    private final RuleContext context;
    private final List<Raised.Because> evidence = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Raise(RuleContext context) {
        this.context = context;
    }

    /** Starts a finding for the rule now firing. */
    public static Raise finding(RuleContext kcontext) {
        return new Raise(kcontext);
    }

    /** Records that {@code fact}'s {@code field} had {@code value}: shown to the worker as path and value. */
    public Raise because(Object fact, String field, Object value) {
        evidence.add(new Raised.Because(fact, field, value));
        return this;
    }

    /** Names a value the wording may show as {@code {name}}; it is also recorded as evidence-free detail. */
    public Raise with(String name, Object value) {
        params.put(name, value);
        return this;
    }

    /** Inserts the finding. */
    public void done() {
        Rule rule = context.getRule();
        context.getKieRuntime().insert(new Raised(rule.getName(), RuleMeta.unquote(rule.getMetaData()),
                List.copyOf(evidence), java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params))));
    }
}
