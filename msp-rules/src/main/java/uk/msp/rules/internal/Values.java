package uk.msp.rules.internal;

import java.util.Collection;

/** Renders case values as evidence text: enums by name, dates ISO, lists in brackets, null as "not recorded". */
final class Values {
    static final String NOT_RECORDED = "not recorded";
    private static final int MAX = 200;

    private Values() {}

    static String render(Object value) {
        if (value == null) return NOT_RECORDED;
        if (value instanceof Enum<?> e) return e.name();
        if (value instanceof Collection<?> c) {
            StringBuilder sb = new StringBuilder().append('[');
            String sep = "";
            for (Object o : c) {
                sb.append(sep).append(render(o));
                sep = ", ";
            }
            return sb.append(']').toString();
        }
        String s = String.valueOf(value);
        return s.length() > MAX ? s.substring(0, MAX) + "..." : s;
    }
}
