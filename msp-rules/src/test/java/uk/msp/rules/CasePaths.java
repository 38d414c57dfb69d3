package uk.msp.rules;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.msp.model.SafeguardingCase;

/**
 * Resolves an evidence path such as {@code capacityAssessments[0].reasons}, {@code concerns[1].personAlleged.roles}
 * or {@code adult.capacity} against a case, by the records' components. A path resolves when every step names a
 * component of the record it is applied to, every index is within its list, and every step but the last reaches a
 * recorded value (the last may be "not recorded").
 */
final class CasePaths {
    private static final Pattern STEP = Pattern.compile("([a-zA-Z][a-zA-Z0-9]*)(?:\\[(\\d+)])?");

    private CasePaths() {}

    /** What the path leads to. */
    sealed interface Resolution permits Found, NotFound {}

    /** The path leads to {@code value} (null when the field is not recorded). */
    record Found(Object value) implements Resolution {}

    /** The path does not exist in the case: {@code why} says at which step. */
    record NotFound(String why) implements Resolution {}

    static Resolution resolve(SafeguardingCase c, String path) {
        if (path.isEmpty()) return new NotFound("the path is empty");
        Object current = c;
        String[] steps = path.split("\\.", -1);
        for (int i = 0; i < steps.length; i++) {
            Matcher m = STEP.matcher(steps[i]);
            if (!m.matches()) return new NotFound("step '" + steps[i] + "' is not a field name");
            if (current == null) return new NotFound("nothing is recorded before step '" + steps[i] + "'");
            if (!(current instanceof Record)) return new NotFound("step '" + steps[i] + "' applied to a " + current.getClass().getSimpleName());
            RecordComponent component = component(current.getClass(), m.group(1));
            if (component == null) {
                return new NotFound(current.getClass().getSimpleName() + " has no field '" + m.group(1) + "'");
            }
            try {
                current = component.getAccessor().invoke(current);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (m.group(2) != null) {
                if (!(current instanceof List<?> list)) return new NotFound("'" + m.group(1) + "' is not a list");
                int index = Integer.parseInt(m.group(2));
                if (index >= list.size()) return new NotFound(m.group(1) + " has " + list.size() + " items, not " + (index + 1));
                current = list.get(index);
            }
        }
        return new Found(current);
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent rc : type.getRecordComponents()) if (rc.getName().equals(name)) return rc;
        return null;
    }
}
