package uk.msp.rules.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import uk.msp.model.SafeguardingCase;

/**
 * Walks a case into the facts the rules match, and remembers where each came from so that evidence can name its
 * path ({@code capacityAssessments[0]}). Every part of the case is a fact of its own (the evaluator inserts the parts
 * some rule matches). A path is rendered only when evidence names it: most parts of most cases are never named.
 */
final class CaseFacts {
    private final Map<Object, Object> where = new IdentityHashMap<>();   // a String, or a Slot in a list

    private CaseFacts() {}

    /** Where a part sits in a list: {@code list[index]}, then {@code suffix} (empty for the item itself). */
    private record Slot(String list, int index, String suffix) {
        @Override
        public String toString() {
            return list + "[" + index + "]" + suffix;
        }
    }

    /**
     * Calls {@code insert} once for every part of the case (the case itself first, with the empty path), and
     * returns where each part came from, by identity.
     */
    static CaseFacts walk(SafeguardingCase c, Consumer<Object> insert) {
        CaseFacts facts = new CaseFacts();
        facts.add(c, "", insert);
        facts.add(c.adult(), "adult", insert);
        facts.add(c.dates(), "dates", insert);
        facts.add(c.s42(), "s42", insert);
        facts.add(c.conversation(), "conversation", insert);
        facts.add(c.advocacy(), "advocacy", insert);
        facts.add(c.consent(), "consent", insert);
        facts.add(c.risk(), "risk", insert);
        facts.add(c.liberty(), "liberty", insert);
        facts.add(c.closure(), "closure", insert);
        facts.add(c.sar(), "sar", insert);
        facts.list("concerns", c.concerns(), insert);
        for (int i = 0; i < c.concerns().size(); i++) {
            facts.add(c.concerns().get(i).personAlleged(), new Slot("concerns", i, ".personAlleged"), insert);
        }
        facts.list("desiredOutcomes", c.desiredOutcomes(), insert);
        facts.list("capacityAssessments", c.capacityAssessments(), insert);
        facts.list("decisions", c.decisions(), insert);
        facts.list("bestInterestsDecisions", c.bestInterestsDecisions(), insert);
        facts.list("network", c.network(), insert);
        facts.list("advocacy.advocates", c.advocacy().advocates(), insert);
        facts.list("consent.disclosures", c.consent().disclosures(), insert);
        facts.list("actions", c.actions(), insert);
        facts.list("referrals", c.referrals(), insert);
        facts.list("meetings", c.meetings(), insert);
        return facts;
    }

    /** Whether {@code fact} is a part of the case (by identity). */
    boolean contains(Object fact) {
        return where.containsKey(fact);
    }

    /** The path of a part of the case, or null if it is not one. The case itself has the empty path. */
    String pathOf(Object fact) {
        Object w = where.get(fact);
        return w == null ? null : w.toString();
    }

    private void add(Object fact, Object path, Consumer<Object> insert) {
        if (fact != null && !where.containsKey(fact)) {
            where.put(fact, path);
            insert.accept(fact);
        }
    }

    private void list(String name, List<?> items, Consumer<Object> insert) {
        for (int i = 0; i < items.size(); i++) add(items.get(i), new Slot(name, i, ""), insert);
    }
}
