package uk.msp.examples.cds;

import static uk.msp.examples.cds.RequestChecks.problem;
import static uk.msp.examples.cds.RequestChecks.requiredText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import uk.msp.rules.CaseJson;

/**
 * CDS Hooks card feedback ({@code {"feedback": [{card, outcome, overrideReason?, outcomeTimestamp}]}}): checked, then
 * appended to a JSON-lines file, one line per feedback item. The file is only ever appended to. The free-text
 * {@code overrideReason.userComment} is not kept: it may name people; the coded reason is kept.
 *
 * <p>Thread-safe: appends are serialised, one request's lines in one write.
 */
final class FeedbackLog {
    private static final ObjectMapper JSON = CaseJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Clock clock;

    FeedbackLog(Path file) {
        this(file, Clock.systemUTC());
    }

    FeedbackLog(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** Feedback items ready to store, or the problems that stop them all being stored. */
    record Checked(List<Map<String, Object>> items, List<Map<String, Object>> problems) {}

    /** Checks a feedback request; every problem is named with its path. */
    static Checked check(JsonNode body) {
        List<Map<String, Object>> problems = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        JsonNode list = body.path("feedback");
        if (!list.isArray() || list.isEmpty()) {
            problems.add(problem("feedback", list.isMissingNode() ? "is required: a list of card outcomes"
                    : "must be a non-empty list of card outcomes"));
            return new Checked(items, problems);
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "feedback[" + i + "]";
            JsonNode f = list.get(i);
            if (!f.isObject()) {
                problems.add(problem(at, "must be an object"));
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            String card = requiredText(f.path("card"), at + ".card", problems);
            if (card != null) {
                if (card.length() > 100) problems.add(problem(at + ".card", "must be a card uuid"));
                else item.put("card", card);
            }
            String outcome = requiredText(f.path("outcome"), at + ".outcome", problems);
            if (outcome != null) {
                if (outcome.equals("accepted") || outcome.equals("overridden")) item.put("outcome", outcome);
                else problems.add(problem(at + ".outcome", "must be accepted or overridden"));
            }
            String when = requiredText(f.path("outcomeTimestamp"), at + ".outcomeTimestamp", problems);
            if (when != null) {
                try {
                    item.put("outcomeTimestamp", OffsetDateTime.parse(when).toInstant().toString());
                } catch (DateTimeParseException e) {
                    problems.add(problem(at + ".outcomeTimestamp", "must be an ISO 8601 date and time with an offset, e.g. 2026-03-02T10:15:30Z"));
                }
            }
            JsonNode override = f.path("overrideReason");
            if (!override.isMissingNode()) {
                if (!"overridden".equals(outcome)) {
                    problems.add(problem(at + ".overrideReason", "is only for an overridden card"));
                } else if (!override.isObject()) {
                    problems.add(problem(at + ".overrideReason", "must be an object with a reason (a coding) and an optional userComment"));
                } else {
                    Map<String, Object> reason = coding(override.path("reason"), at + ".overrideReason.reason", problems);
                    if (reason != null) item.put("overrideReason", Map.of("reason", reason));
                    JsonNode comment = override.path("userComment");
                    if (!comment.isMissingNode() && !comment.isTextual()) {
                        problems.add(problem(at + ".overrideReason.userComment", "must be text"));
                    }
                }
            }
            JsonNode accepted = f.path("acceptedSuggestions");
            if (!accepted.isMissingNode()) {
                List<String> ids = new ArrayList<>();
                if (!accepted.isArray()) problems.add(problem(at + ".acceptedSuggestions", "must be a list of {id}"));
                else for (int j = 0; j < accepted.size(); j++) {
                    String id = requiredText(accepted.get(j).path("id"), at + ".acceptedSuggestions[" + j + "].id", problems);
                    if (id != null) ids.add(id);
                }
                if (!ids.isEmpty()) item.put("acceptedSuggestions", ids);
            }
            items.add(item);
        }
        return new Checked(problems.isEmpty() ? items : List.of(), problems);
    }

    /** Appends the items, one JSON line each, with the service and the time received. */
    synchronized void append(String serviceId, List<Map<String, Object>> items) throws IOException {
        String received = Instant.now(clock).toString();
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> item : items) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("receivedAt", received);
            line.put("service", serviceId);
            line.putAll(item);
            try {
                lines.append(JSON.writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write feedback", e);
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buf = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(false);
        }
    }

    private static Map<String, Object> coding(JsonNode node, String at, List<Map<String, Object>> problems) {
        if (node.isMissingNode()) return null;
        if (!node.isObject()) {
            problems.add(problem(at, "must be a coding: {code, system, display}"));
            return null;
        }
        Map<String, Object> coding = new LinkedHashMap<>();
        String code = requiredText(node.path("code"), at + ".code", problems);
        if (code != null) coding.put("code", code);
        for (String field : List.of("system", "display")) {
            JsonNode v = node.path(field);
            if (v.isMissingNode()) continue;
            if (v.isTextual() && !v.asText().isBlank()) coding.put(field, v.asText());
            else problems.add(problem(at + "." + field, "must be a non-empty string"));
        }
        return coding;
    }
}
