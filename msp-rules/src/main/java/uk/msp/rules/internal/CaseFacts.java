package uk.msp.rules.internal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import uk.msp.model.SafeguardingCase;

/**
 * Walks a case into the facts the rules match, and remembers where each came from so that evidence can name its
 * path ({@code capacityAssessments[0]}). Every part of the case is a fact of its own.
 */
final class CaseFacts {
    private CaseFacts() {}

    /**
     * Calls {@code insert} for every part of the case with its path, and returns the path of each part by identity.
     * The case itself has the empty path.
     */
    static Map<Object, String> walk(SafeguardingCase c, BiConsumer<Object, String> insert) {
        Map<Object, String> paths = new IdentityHashMap<>();
        BiConsumer<Object, String> add = (fact, path) -> {
            if (fact != null && !paths.containsKey(fact)) {
                paths.put(fact, path);
                insert.accept(fact, path);
            }
        };
        add.accept(c, "");
        add.accept(c.adult(), "adult");
        add.accept(c.dates(), "dates");
        add.accept(c.s42(), "s42");
        add.accept(c.conversation(), "conversation");
        add.accept(c.advocacy(), "advocacy");
        add.accept(c.consent(), "consent");
        add.accept(c.risk(), "risk");
        add.accept(c.liberty(), "liberty");
        add.accept(c.closure(), "closure");
        add.accept(c.sar(), "sar");
        list(add, "concerns", c.concerns());
        for (int i = 0; i < c.concerns().size(); i++) {
            add.accept(c.concerns().get(i).personAlleged(), "concerns[" + i + "].personAlleged");
        }
        list(add, "desiredOutcomes", c.desiredOutcomes());
        list(add, "capacityAssessments", c.capacityAssessments());
        list(add, "decisions", c.decisions());
        list(add, "bestInterestsDecisions", c.bestInterestsDecisions());
        list(add, "network", c.network());
        list(add, "advocacy.advocates", c.advocacy().advocates());
        list(add, "consent.disclosures", c.consent().disclosures());
        list(add, "actions", c.actions());
        list(add, "referrals", c.referrals());
        list(add, "meetings", c.meetings());
        return paths;
    }

    private static void list(BiConsumer<Object, String> add, String name, List<?> items) {
        for (int i = 0; i < items.size(); i++) add.accept(items.get(i), name + "[" + i + "]");
    }
}
