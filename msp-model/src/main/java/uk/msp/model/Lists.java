package uk.msp.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Copies lists into the model: null becomes empty, null elements are dropped, the result is unmodifiable. The
 * copies answer {@code contains(null)} with false (the JDK's {@code List.of()} throws there, which a rule condition
 * such as {@code servesOutcomes contains $id} would turn into a failed evaluation).
 */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        if (list == null || list.isEmpty()) return Collections.emptyList();
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) if (t != null) out.add(t);
        return Collections.unmodifiableList(out);
    }

    /** As {@link #copy}, keeping the first of equal elements: for value sets such as risk types. */
    static <T> List<T> distinct(List<T> list) {
        if (list == null || list.isEmpty()) return Collections.emptyList();
        LinkedHashSet<T> set = new LinkedHashSet<>();
        for (T t : list) if (t != null) set.add(t);
        return Collections.unmodifiableList(new ArrayList<>(set));
    }

}
