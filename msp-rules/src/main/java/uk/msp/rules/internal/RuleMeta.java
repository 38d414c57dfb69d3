package uk.msp.rules.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A rule's metadata, read from its {@code @code(...)}, {@code @principle(...)} ... annotations.
 *
 * <p>Metadata values come back with their quotes kept on the runtime executable-model path without drools-mvel
 * (DROOLS.md section 4), so every value goes through {@link #unquote(Map)}.
 */
record RuleMeta(String packageName, String name, Map<String, String> values) {

    static final String CODE = "code";
    static final String PRINCIPLE = "principle";
    static final String SEVERITY = "severity";
    static final String SINCE = "since";
    static final String STATUS = "status";
    static final String CHECKLIST = "checklist";
    static final String EFFECTIVE_FROM = "effectiveFrom";
    static final String EFFECTIVE_TO = "effectiveTo";

    String code() { return values.get(CODE); }

    String status() { return values.getOrDefault(STATUS, "active"); }

    boolean checklist() { return "true".equalsIgnoreCase(values.get(CHECKLIST)); }

    /** The rule set: the last segment of the DRL package, e.g. {@code mca}. */
    String ruleSet() {
        int dot = packageName.lastIndexOf('.');
        return dot < 0 ? packageName : packageName.substring(dot + 1);
    }

    LocalDate effectiveFrom() { return date(EFFECTIVE_FROM); }

    LocalDate effectiveTo() { return date(EFFECTIVE_TO); }

    private LocalDate date(String key) {
        String v = values.get(key);
        return v == null ? null : LocalDate.parse(v);
    }

    /** Whether the rule runs on the given date: active and within its effective window. */
    boolean runsOn(LocalDate date) {
        if (!"active".equals(status())) return false;
        LocalDate from = effectiveFrom();
        LocalDate to = effectiveTo();
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Metadata as strings without surrounding quotes, sorted by key. */
    static Map<String, String> unquote(Map<String, ?> meta) {
        Map<String, String> out = new TreeMap<>();
        meta.forEach((k, v) -> {
            if (v != null) out.put(k, unquote(v));
        });
        return out;
    }

    /** One metadata value as a string without surrounding quotes; null for null. */
    static String unquote(Object value) {
        if (value == null) return null;
        String s = String.valueOf(value).trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s;
    }
}
