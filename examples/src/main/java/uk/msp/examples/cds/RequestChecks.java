package uk.msp.examples.cds;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks on request JSON that name each problem with its path and never quote the request. */
final class RequestChecks {
    private RequestChecks() {}

    /** The non-blank text at {@code node}, or null with a problem added for {@code path}. */
    static String requiredText(JsonNode node, String path, List<Problem> problems) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            problems.add(new Problem(path, "is required"));
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problems.add(new Problem(path, "must be a non-empty string"));
            return null;
        }
        return node.asText();
    }
}
