package uk.msp.rules.drl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one helper a rule's consequence calls to raise its finding. The code, principle and severity come from the
 * rule's metadata ({@code @code}, {@code @principle}, {@code @severity}); the consequence records the evidence as
 * fact, field and value, and names any values the wording shows. Wording, citations and evidence paths are filled in
 * after the rules have run.
 *
 * <pre>
 * import uk.msp.rules.drl.Raise;
 * ...
 * then
 *     Raise.finding(kcontext).because($a, "reasons", $a.reasons()).with("decision", $a.decision()).done();
 * </pre>
 *
 * <p>One instance per firing: not thread-safe, and not to be kept after {@link #done()}.
 *
 * @since 0.1.0
 */
public final class Raise {
    private final RuleContext context;
    private final List<Raised.Because> evidence = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private Raise(RuleContext context) {
        this.context = context;
    }

    /**
     * Starts a finding for the rule now firing.
     *
     * @param kcontext the consequence's {@code kcontext}, as DRL provides it; never null
     * @return a finding to add evidence to; never null
     * @throws NullPointerException if {@code kcontext} is null
     */
    public static Raise finding(RuleContext kcontext) {
        return new Raise(Objects.requireNonNull(kcontext, "kcontext must not be null"));
    }

    /**
     * Records that {@code fact}'s {@code field} had {@code value}: shown to the worker as the fact's path in the case
     * and the value, e.g. {@code capacityAssessments[0].reasons = [UNWISE_DECISION]}.
     *
     * @param fact a fact the rule matched (a part of the case, or a derived fact); may be null for a value with no
     *     fact behind it
     * @param field the field's name as the worker should read it; never null, empty for the fact itself
     * @param value the field's value; may be null (not recorded)
     * @return this finding; never null
     * @throws NullPointerException if {@code field} is null
     */
    public Raise because(Object fact, String field, Object value) {
        evidence.add(new Raised.Because(fact, Objects.requireNonNull(field, "field must not be null"), value));
        return this;
    }

    /**
     * Names a value the wording may show as {@code {name}}. A later value under the same name replaces the earlier.
     *
     * @param name the placeholder's name, as in {@code messages.properties}; never null
     * @param value the value; may be null
     * @return this finding; never null
     * @throws NullPointerException if {@code name} is null
     */
    public Raise with(String name, Object value) {
        params.put(Objects.requireNonNull(name, "name must not be null"), value);
        return this;
    }

    /**
     * Records every fact the rule matched as evidence, each as itself: what a rule written in sentences (a local
     * {@code .dslr} rule, whose consequence is "Raise the finding") gives, since its sentences bind the adult, the
     * concern, the action ... they speak of. The evaluation date ({@link uk.msp.rules.facts.AsOf}) is left out; the
     * case itself is recorded by its stage.
     *
     * @return this finding; never null
     * @since 0.2.0
     */
    public Raise becauseMatched() {
        for (Object fact : context.getMatch().getObjects()) {
            if (fact instanceof uk.msp.rules.facts.AsOf) continue;
            if (fact instanceof uk.msp.model.SafeguardingCase c) because(c, "stage", c.stage());
            else because(fact, "", fact);
        }
        return this;
    }

    /** Inserts the finding into working memory, as a {@link Raised} fact of the rule now firing. */
    public void done() {
        Rule rule = context.getRule();
        context.getKieRuntime().insert(new Raised(rule.getName(), rule.getMetaData(), List.copyOf(evidence),
                Collections.unmodifiableMap(new LinkedHashMap<>(params))));
    }
}
