package uk.msp.examples.cds;

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
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import uk.msp.rules.CaseJson;

/**
 * CDS Hooks card feedback ({@code {"feedback": [{card, outcome, overrideReason?, outcomeTimestamp}]}}): checked, then
 * appended to a JSON-lines file, one line per feedback item. Each line keeps the card's code and case id (recovered
 * from the card uuid, which must be one this service issued), the outcome and the override reason's code: never
 * free text ({@code userComment}, a coding's {@code display}), which may name people.
 *
 * <p>Integrity: a request's lines go in one positional write, checked; a write that fails is cut back at once, and
 * before every write the file's end is checked, so a fragment left by a full disk or a crash is cut back to the
 * last complete line first. The file never holds a merged record, and a request answered 200 is in the file.
 *
 * <p>Thread-safe: appends are serialised. One process per file.
 */
final class FeedbackLog {
    private static final ObjectMapper JSON = CaseJson.mapper().disable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    private static final ObjectMapper READ = CaseJson.mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The few file operations an append needs: a seam, so that a test can fail a write part way. */
    interface Store extends AutoCloseable {
        long size() throws IOException;

        int read(ByteBuffer into, long position) throws IOException;

        int write(ByteBuffer from, long position) throws IOException;

        void truncate(long size) throws IOException;

        void force() throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Opens the store for the file; the default opens a {@link FileChannel}. */
    interface Opener {
        Store open(Path file) throws IOException;
    }

    static final Opener FILES = file -> {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new Store() {
            @Override public long size() throws IOException { return ch.size(); }
            @Override public int read(ByteBuffer into, long position) throws IOException { return ch.read(into, position); }
            @Override public int write(ByteBuffer from, long position) throws IOException { return ch.write(from, position); }
            @Override public void truncate(long size) throws IOException { ch.truncate(size); }
            @Override public void force() throws IOException { ch.force(false); }
            @Override public void close() throws IOException { ch.close(); }
        };
    };

    // The request, as CDS Hooks 2.0 defines it; fields not listed (extensions) are ignored.
    record Request(List<Item> feedback) {}

    record Item(String card, String outcome, List<Suggestion> acceptedSuggestions, OverrideReason overrideReason,
                String outcomeTimestamp) {}

    record OverrideReason(Coding reason, String userComment) {}

    record Coding(String code, String system, String display) {}

    record Suggestion(String id) {}

    /** One stored line. */
    record Line(String receivedAt, String service, String card, String caseId, String code, String outcome,
                String overrideReason, String outcomeTimestamp, List<String> acceptedSuggestions) {}

    /** Feedback lines ready to store (without receivedAt), or the problems that stop them all being stored. */
    record Checked(List<Line> lines, List<Problem> problems) {}

    private final Path file;
    private final Clock clock;
    private final Opener opener;

    /**
     * @throws IllegalArgumentException naming the path, if the file cannot be created or written
     */
    FeedbackLog(Path file) {
        this(file, Clock.systemUTC(), FILES);
    }

    FeedbackLog(Path file, Clock clock, Opener opener) {
        this.file = file;
        this.clock = clock;
        this.opener = opener;
        // Found out at start, not at the first feedback a worker gives.
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            try (Store s = opener.open(file)) {
                s.size();
            }
            if (!Files.isWritable(file)) throw new IOException("not writable");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("feedback file " + file.toAbsolutePath() + " cannot be written ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    Path file() {
        return file;
    }

    /** Reads a feedback request body; a body of the wrong shape is one problem, with its path. */
    static Object read(JsonNode body) {
        try {
            return READ.treeToValue(body, Request.class);
        } catch (MismatchedInputException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce("", String::concat);
            return List.of(new Problem(path.startsWith(".") ? path.substring(1) : path, "has the wrong type"));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of(new Problem("", "is not a feedback request"));
        }
    }

    /** Checks a feedback request against the cards this service issued; every problem is named with its path. */
    static Checked check(Request body, CardIds cards, String serviceId) {
        List<Problem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        if (body.feedback() == null || body.feedback().isEmpty()) {
            problems.add(new Problem("feedback", body.feedback() == null ? "is required: a list of card outcomes"
                    : "must be a non-empty list of card outcomes"));
            return new Checked(lines, problems);
        }
        for (int i = 0; i < body.feedback().size(); i++) {
            String at = "feedback[" + i + "]";
            Item f = body.feedback().get(i);
            if (f == null) {
                problems.add(new Problem(at, "must be an object"));
                continue;
            }
            CardIds.Issued card = null;
            if (required(f.card(), at + ".card", problems)) {
                UUID uuid = CdsServer.isUuid(f.card()) ? UUID.fromString(f.card()) : null;
                card = uuid == null ? null : cards.find(uuid);
                if (uuid == null) problems.add(new Problem(at + ".card", "must be a card uuid"));
                else if (card == null) problems.add(new Problem(at + ".card", "is not a card this service issued since it started"));
            }
            String outcome = null;
            if (required(f.outcome(), at + ".outcome", problems)) {
                if (f.outcome().equals("accepted") || f.outcome().equals("overridden")) outcome = f.outcome();
                else problems.add(new Problem(at + ".outcome", "must be accepted or overridden"));
            }
            String when = null;
            if (required(f.outcomeTimestamp(), at + ".outcomeTimestamp", problems)) {
                try {
                    when = OffsetDateTime.parse(f.outcomeTimestamp()).toInstant().toString();
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(at + ".outcomeTimestamp", "must be an ISO 8601 date and time with an offset, e.g. 2026-03-02T10:15:30Z"));
                }
            }
            String reason = null;
            if (f.overrideReason() != null) {
                if (!"overridden".equals(f.outcome())) {
                    problems.add(new Problem(at + ".overrideReason", "is only for an overridden card"));
                } else if (f.overrideReason().reason() != null) {
                    Coding c = f.overrideReason().reason();
                    String cat = at + ".overrideReason.reason";
                    if (required(c.code(), cat + ".code", problems) && card != null) {
                        // Only a reason the card offered: its code has a fixed form, so no free text is stored.
                        if (Pattern.matches(Pattern.quote(card.code()) + "-override-[1-9][0-9]?", c.code())) reason = c.code();
                        else problems.add(new Problem(cat + ".code", "is not one of the card's override reasons"));
                    }
                    if (c.system() != null && !c.system().equals(CdsCards.OVERRIDE_SYSTEM)) {
                        problems.add(new Problem(cat + ".system", "must be " + CdsCards.OVERRIDE_SYSTEM));
                    }
                }
            }
            List<String> accepted = new ArrayList<>();
            if (f.acceptedSuggestions() != null && !f.acceptedSuggestions().isEmpty()) {
                // The cards carry no suggestions, so none can be accepted.
                problems.add(new Problem(at + ".acceptedSuggestions", "names suggestions, but the cards offer none"));
            }
            if (card != null) {
                lines.add(new Line(null, serviceId, f.card(), card.caseId(), card.code(), outcome, reason, when, accepted));
            }
        }
        return new Checked(problems.isEmpty() ? lines : List.of(), problems);
    }

    private static boolean required(String value, String path, List<Problem> problems) {
        if (value == null) problems.add(new Problem(path, "is required"));
        else if (value.isBlank()) problems.add(new Problem(path, "must be a non-empty string"));
        return value != null && !value.isBlank();
    }

    /**
     * Appends the lines, one JSON line each, with the time received; returns once they are on disk.
     *
     * @throws IOException if they could not all be written; the file is then left as it was
     */
    synchronized void append(List<Line> lines) throws IOException {
        String received = Instant.now(clock).toString();
        StringBuilder text = new StringBuilder();
        for (Line l : lines) {
            Line line = new Line(received, l.service(), l.card(), l.caseId(), l.code(), l.outcome(), l.overrideReason(),
                    l.outcomeTimestamp(), l.acceptedSuggestions());
            text.append(JSON.writeValueAsString(line)).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        try (Store s = opener.open(file)) {
            long start = completeEnd(s);
            if (start < s.size()) s.truncate(start);
            try {
                long at = start;
                while (buf.hasRemaining()) at += s.write(buf, at);
                s.force();
            } catch (IOException | RuntimeException e) {
                // Cut back what was written of this request; if that fails too, the next append does it first.
                try {
                    s.truncate(start);
                } catch (IOException | RuntimeException again) {
                    e.addSuppressed(again);
                }
                throw e;
            }
        }
    }

    /** Where the last complete line ends: the size, or less where a write left part of a line. */
    private static long completeEnd(Store s) throws IOException {
        long size = s.size();
        if (size == 0) return 0;
        ByteBuffer last = ByteBuffer.allocate(1);
        if (s.read(last, size - 1) == 1 && last.get(0) == '\n') return size;
        ByteBuffer block = ByteBuffer.allocate(8192);
        for (long end = size; end > 0; ) {
            long from = Math.max(0, end - block.capacity());
            block.clear().limit((int) (end - from));
            while (block.hasRemaining()) {
                if (s.read(block, from + block.position()) < 0) throw new IOException("feedback file shrank while read");
            }
            for (int i = block.limit() - 1; i >= 0; i--) {
                if (block.get(i) == '\n') return from + i + 1;
            }
            end = from;
        }
        return 0;
    }
}
