package uk.msp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.examples.CliTest.Run;

/**
 * {@code msp evaluate} given a file that is not a case: each gets a clear error on standard error naming the file and
 * what is wrong, exit code 2 (bad input), nothing on standard output and no stack trace.
 */
class CliResilienceTest {

    static Run evaluate(Path file) {
        return CliTest.msp("evaluate", file.toString(), "--as-of", "2026-03-02");
    }

    static void assertRefused(Run r, Path file, String reason) {
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Invalid case " + file).contains(reason)
                .doesNotContain("\tat ").doesNotContainPattern("[a-z]+\\.[a-z.]+\\.[A-Za-z]+(Exception|Error)")
                .doesNotContain("Internal error");
    }

    @Test
    void an_unreadable_file_is_refused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("locked.json");
        Files.writeString(file, Files.readString(CliTest.CASES.resolve("mrs-okafor-discharge.json")));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // As root (as in many build containers) chmod 000 does not stop reading: the next test covers that case.
        assumeFalse(Files.isReadable(file), "running as root: a file with no permissions is still readable");
        assertRefused(evaluate(file), file, "cannot be read (AccessDeniedException)");
    }

    @Test
    void a_file_that_fails_on_reading_is_refused_even_as_root() {
        // /proc/self/mem is a regular file anyone may open, but reading it from the start fails (an I/O error).
        Path file = Path.of("/proc/self/mem");
        assumeTrue(Files.isRegularFile(file), "needs Linux /proc");
        assertRefused(evaluate(file), file, "cannot be read (IOException)");
    }

    @Test
    void a_directory_is_refused(@TempDir Path dir) {
        assertRefused(evaluate(dir), dir, "is a directory, not a case file");
    }

    @Test
    void a_device_is_refused_without_reading_it() {
        Path device = Path.of("/dev/zero"); // reading it would never end
        assumeTrue(Files.exists(device), "needs /dev/zero");
        assertRefused(evaluate(device), device, "is not a regular file (a device, pipe or socket)");
    }

    @Test
    void an_empty_file_is_refused(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        assertRefused(evaluate(empty), empty, "the document is empty");
        Path blank = Files.writeString(dir.resolve("blank.json"), " \n\t\n");
        assertRefused(evaluate(blank), blank, "the document is empty");
    }

    @Test
    void a_binary_file_is_refused(@TempDir Path dir) throws IOException {
        byte[] png = new byte[4096];
        new Random(42).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        Path image = Files.write(dir.resolve("photo.json"), png);
        assertRefused(evaluate(image), image, "(line 1, column ");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0};
        Path archive = Files.write(dir.resolve("cases.json"), zip);
        assertRefused(evaluate(archive), archive, "(line 1, column ");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_without_reading_it(@TempDir Path dir) throws IOException {
        Path large = dir.resolve("large.json");
        try (RandomAccessFile f = new RandomAccessFile(large.toFile(), "rw")) {
            f.setLength(64L * 1024 * 1024); // sparse: no disk used
        }
        assertRefused(evaluate(large), large, "the file is larger than 4194304 bytes");
    }

    @Test
    void a_rule_that_fails_exits_3_naming_it_with_no_advice_and_no_stack_trace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.drl"), """
                // fails for every adult: a rule fault, not bad input
                package uk.anyshire.rules;
                import uk.msp.model.*;
                rule "ANY-90 fails"
                    @code("ANY-90") @principle("PROTECTION") @severity("PROMPT") @since("0.1.0") @status("active")
                when
                    $a : Adult()
                then
                    throw new IllegalStateException("failed on " + $a.id());
                end
                """);
        Files.writeString(dir.resolve("messages.properties"), """
                ANY-90.summary=Fails.
                ANY-90.detail=Fails.
                ANY-90.cite.1=GOOD_PRACTICE|None
                """);
        Run r = CliTest.msp("evaluate", CliTest.CASES.resolve("mrs-okafor-discharge.json").toString(), "--as-of", "2026-03-02",
                "--rules", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Evaluation failed: rule ANY-90 failed while evaluating the case (IllegalStateException);"
                + " no advice was given" + System.lineSeparator());
    }
}
