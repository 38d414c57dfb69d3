package uk.msp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

import uk.msp.model.Ability;
import uk.msp.model.Adult;
import uk.msp.model.AssessmentStatus;
import uk.msp.model.CapacityAssessment;
import uk.msp.model.CapacityConclusion;
import uk.msp.model.CapacityReason;
import uk.msp.model.ConclusionBasis;
import uk.msp.model.DecisionTopic;
import uk.msp.model.ExecutiveFunction;
import uk.msp.model.PracticableStep;
import uk.msp.model.SafeguardingCase;
import uk.msp.model.advice.Evidence;
import uk.msp.model.advice.Finding;
import uk.msp.rules.CaseArbitraries.Generated;

/**
 * Capacity is decision-specific (MCA 2005 s.2(1)): an assessment that the adult lacks capacity about one matter
 * changes no advice about any other matter. Shown over generated cases, not by one example, and the second property
 * shows that no case draws two findings that contradict each other about the same topic or item.
 */
@AddLifecycleHook(MspTries.class)
class DecisionSpecificCapacityTest {

    /** A sound assessment: support given, inability in all four abilities, caused by the impairment. */
    private static CapacityAssessment lacksCapacityAboutMoney(LocalDate on) {
        return new CapacityAssessment("CA-MONEY", "managing money (property test)", on, "social worker",
                AssessmentStatus.COMPLETED, null, Ability.UNABLE, Ability.UNABLE, Ability.UNABLE, Ability.UNABLE,
                "dementia", true, List.of(PracticableStep.ACCESSIBLE_INFORMATION),
                List.of(CapacityReason.FUNCTIONAL_INABILITY), CapacityConclusion.LACKS_CAPACITY, ConclusionBasis.BOTH,
                ExecutiveFunction.CHECKED, DecisionTopic.FINANCES);
    }

    @Provide
    Arbitrary<Generated> cases() {
        return CaseArbitraries.generated();
    }

    @Property(tries = 500)
    void an_incapacity_about_money_changes_no_advice_about_any_other_matter(@ForAll("cases") Generated g) {
        // GIVEN the generated case with nothing about capacity (no assessment, no general label) and nothing else
        // about money (no action, decision or best-interests decision whose topic is money)
        SafeguardingCase c = g.safeguardingCase();
        Adult unlabelled = CaseArbitraries.with(c.adult(), "capacity", null);
        List<uk.msp.model.Action> actions = c.actions().stream()
                .map(a -> CaseArbitraries.with(a, "capacityAssessment", null))
                .map(a -> a.topic() == DecisionTopic.FINANCES ? CaseArbitraries.with(a, "topic", null) : a).toList();
        List<uk.msp.model.AdultDecision> decisions = c.decisions().stream()
                .map(d -> d.topic() == DecisionTopic.FINANCES ? CaseArbitraries.with(d, "topic", null) : d).toList();
        List<uk.msp.model.BestInterestsDecision> bestInterests = c.bestInterestsDecisions().stream()
                .map(b -> b.topic() == DecisionTopic.FINANCES ? CaseArbitraries.with(b, "topic", null) : b).toList();
        SafeguardingCase none = c;
        none = CaseArbitraries.with(none, "adult", unlabelled);
        none = CaseArbitraries.with(none, "capacityAssessments", List.of());
        none = CaseArbitraries.with(none, "actions", actions);
        none = CaseArbitraries.with(none, "decisions", decisions);
        none = CaseArbitraries.with(none, "bestInterestsDecisions", bestInterests);
        // AND the same case with one sound assessment that the adult lacks capacity to manage money
        SafeguardingCase money = CaseArbitraries.with(none, "capacityAssessments", List.of(lacksCapacityAboutMoney(g.asOf())));

        // WHEN both are evaluated
        List<Finding> without = TestAdvisors.bundled().evaluate(none, g.asOf()).findings();
        List<Finding> with = TestAdvisors.bundled().evaluate(money, g.asOf()).findings();

        // THEN the advice is the same but for findings about the money assessment itself (is it current? assess
        // again where capacity fluctuates)
        List<Finding> aboutOtherMatters = new ArrayList<>();
        for (Finding f : with) {
            if (!aboutMoney(f)) aboutOtherMatters.add(f);
        }
        assertThat(aboutOtherMatters).as("advice about every matter but money").isEqualTo(without);
    }

    private static boolean aboutMoney(Finding f) {
        boolean namesTheAssessment = f.evidence().stream().anyMatch(e -> e.path().startsWith("capacityAssessments[0]"));
        if (!namesTheAssessment) return false;
        return f.code().equals("MCA-07") || f.code().equals("MCA-12");
    }

    /**
     * Pairs of codes that must never fire together: about the whole case (the same topic read both ways), or about
     * the same list item (the same decision or action).
     */
    static final Map<Set<String>, Scope> CONTRADICTIONS = Map.of(
            // "ask what they want" and "overdue: still not asked" are one step seen at two times
            Set.of("EMP-01", "EMP-02"), Scope.CASE,
            // presumed able to take part in the enquiry, and lacking capacity to take part in it
            Set.of("EMP-03", "EMP-04"), Scope.CASE,
            Set.of("MCA-10", "EMP-04"), Scope.CASE,
            Set.of("PRP-02", "EMP-04"), Scope.CASE,
            // respect this choice as a capacitous one, and there is reason to doubt capacity for it: assess
            Set.of("PRP-05", "MCA-04"), Scope.ITEM,
            Set.of("PRP-05", "MCA-05"), Scope.ITEM,
            // respect the refusal of an adult with capacity, and act in the best interests of one who lacks it
            Set.of("PRP-02", "MCA-08"), Scope.ITEM,
            // one assessment, one prompt to reassess it
            Set.of("MCA-07", "MCA-12"), Scope.ITEM);

    enum Scope { CASE, ITEM }

    private static final Pattern ITEM = Pattern.compile("^([a-zA-Z]+\\[\\d+])");

    @Property(tries = 1000)
    void no_case_gets_two_findings_that_contradict_each_other(@ForAll("cases") Generated g) {
        List<Finding> findings = TestAdvisors.bundled().evaluate(g.safeguardingCase(), g.asOf()).findings();
        for (Map.Entry<Set<String>, Scope> pair : CONTRADICTIONS.entrySet()) {
            List<String> codes = new ArrayList<>(pair.getKey());
            for (Finding a : findings) {
                if (!a.code().equals(codes.get(0))) continue;
                for (Finding b : findings) {
                    if (!b.code().equals(codes.get(1))) continue;
                    if (pair.getValue() == Scope.CASE) {
                        assertThat(b).as("%s beside %s", b.code(), a).isNull();
                    } else {
                        Set<String> shared = items(a);
                        shared.retainAll(items(b));
                        assertThat(shared).as("items both %s and %s speak about: %s / %s", a.code(), b.code(), a, b)
                                .isEmpty();
                    }
                }
            }
        }
    }

    private static Set<String> items(Finding f) {
        Set<String> items = new java.util.TreeSet<>();
        for (Evidence e : f.evidence()) {
            Matcher m = ITEM.matcher(e.path());
            if (m.find()) items.add(m.group(1));
        }
        return items;
    }
}
