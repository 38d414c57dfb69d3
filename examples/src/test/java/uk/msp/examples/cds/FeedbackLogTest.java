package uk.msp.examples.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The feedback file after a full disk: a write that fails part way, and a cut-back that fails too, leave no merged
 * record; every line is JSON and every append that returned is in the file.
 */
class FeedbackLogTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir Path dir;

    /** The real file, but the chosen writes fail after writing part of their bytes, as on a full disk. */
    static final class FullDisk implements FeedbackLog.Opener {
        /** Which write calls (counting from 1) fail, and whether the cut-back after them fails too. */
        final List<Integer> failing = new ArrayList<>();
        boolean truncateFails;
        int writes;

        @Override
        public FeedbackLog.Store open(Path file) throws IOException {
            FeedbackLog.Store real = FeedbackLog.FILES.open(file);
            return new FeedbackLog.Store() {
                @Override public long size() throws IOException { return real.size(); }
                @Override public int read(ByteBuffer into, long position) throws IOException { return real.read(into, position); }

                @Override
                public int write(ByteBuffer from, long position) throws IOException {
                    if (failing.contains(++writes)) {
                        ByteBuffer part = from.duplicate();
                        part.limit(part.position() + part.remaining() / 2);
                        real.write(part, position);
                        throw new IOException("No space left on device");
                    }
                    return real.write(from, position);
                }

                @Override
                public void truncate(long size) throws IOException {
                    if (truncateFails) throw new IOException("No space left on device");
                    real.truncate(size);
                }

                @Override public void force() throws IOException { real.force(); }
                @Override public void close() throws IOException { real.close(); }
            };
        }
    }

    static FeedbackLog.Line line(String card) {
        return new FeedbackLog.Line(null, "msp-case-review", card, "EX-1", "MCA-03", "accepted", null, "2026-03-02T09:00:00Z", List.of());
    }

    @Test
    void after_a_full_disk_every_line_is_json_and_every_saved_append_is_in_the_file() throws Exception {
        Path file = dir.resolve("feedback.jsonl");
        FullDisk disk = new FullDisk();
        FeedbackLog log = new FeedbackLog(file, CLOCK, disk);
        List<String> saved = new ArrayList<>();
        // GIVEN a saved append, then one that fails part way and whose cut-back fails too (a fragment stays)
        log.append(List.of(line("card-1")));
        saved.add("card-1");
        disk.failing.add(2);
        disk.truncateFails = true;
        assertThatThrownBy(() -> log.append(List.of(line("card-2")))).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThat(Files.readString(file)).doesNotEndWith("\n");
        // AND one that fails with the cut-back working
        disk.truncateFails = false;
        disk.failing.add(3);
        assertThatThrownBy(() -> log.append(List.of(line("card-3"), line("card-4")))).isInstanceOf(IOException.class);
        // WHEN the disk has room again
        log.append(List.of(line("card-5"), line("card-6")));
        saved.add("card-5");
        saved.add("card-6");
        // THEN every line is a whole JSON record, and exactly the saved ones are there
        List<String> cards = new ArrayList<>();
        for (String l : Files.readAllLines(file)) cards.add(JSON.readTree(l).get("card").asText());
        assertThat(cards).isEqualTo(saved);
        assertThat(Files.readString(file)).endsWith("\n");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("{\"receivedAt\":\"2026-03-02T10:00:00Z\",\"service\":\"msp-case-review\","
                + "\"card\":\"card-1\",\"caseId\":\"EX-1\",\"code\":\"MCA-03\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2026-03-02T09:00:00Z\"}");
    }

    @Test
    void a_fragment_left_by_a_crash_is_cut_back_before_the_next_append() throws Exception {
        Path file = dir.resolve("crashed.jsonl");
        Files.writeString(file, "{\"card\":\"a\"}\n{\"card\":\"b\",\"outc", StandardCharsets.UTF_8);
        new FeedbackLog(file, CLOCK, FeedbackLog.FILES).append(List.of(line("c")));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"card\":\"a\"}");
        assertThat(JSON.readTree(lines.get(1)).get("card").asText()).isEqualTo("c");
    }

    @Test
    void a_feedback_body_of_the_wrong_shape_is_one_problem_naming_where() throws Exception {
        assertThat(FeedbackLog.read(JSON.readTree("{\"feedback\": \"all good\"}")))
                .isEqualTo(List.of(new Problem("feedback", "has the wrong type")));
        assertThat(FeedbackLog.read(JSON.readTree("{\"feedback\": [{\"card\": {\"id\": 1}}]}")))
                .isEqualTo(List.of(new Problem("feedback[0].card", "has the wrong type")));
    }
}
