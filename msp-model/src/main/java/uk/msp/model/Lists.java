package uk.msp.model;

import java.util.List;
import java.util.Objects;

/** Copies lists into the model: null becomes empty, null elements are dropped, the result is unmodifiable. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        if (list == null || list.isEmpty()) return List.of();
        return list.stream().filter(Objects::nonNull).toList();
    }
}
