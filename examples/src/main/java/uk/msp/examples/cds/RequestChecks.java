package uk.msp.examples.cds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks on request JSON that name each problem with its path and never quote the request. */
final class RequestChecks {
    private RequestChecks() {}

    /** A problem as it goes into an error response: {@code {"path": ..., "message": ...}}. */
    static Map<String, Object> problem(String path, String message) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("path", path);
        p.put("message", message);
        return p;
    }

    /** The non-blank text at {@code node}, or null with a problem added for {@code path}. */
    static String requiredText(JsonNode node, String path, List<Map<String, Object>> problems) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            problems.add(problem(path, "is required"));
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(problem(path, "must be a non-empty string"));
            return null;
        }
        return node.asText();
    }
}
