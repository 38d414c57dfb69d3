package uk.msp.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.msp.rules.MspAdvisor;

/**
 * The report page in a real headless Chromium, as a board member's browser would show it: every chart drawn, no
 * script or console error, and a screenshot worth looking at (kept in {@code target/report-screenshot.png}).
 *
 * <p>Needs Debian's {@code chromium} ({@code apt-get install -y chromium}) on the PATH, or {@code -Dmsp.chromium=PATH}
 * (or the environment variable {@code MSP_CHROMIUM}) naming one. Without a browser the tests are skipped (a JUnit
 * assumption) and one line on the console says why; with {@code -Dmsp.browser.required=true} (as {@code .ci/run}
 * sets) a missing browser fails the build instead.
 */
class ReportBrowserTest {
    static final int CHARTS = 7;
    static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(].*|.*Uncaught.*");

    @TempDir static Path dir;
    static Path index;
    static String chromium;

    /** The one line printed when the browser checks are skipped. */
    static final String SKIPPED = "ReportBrowserTest skipped: no Chromium on the PATH. To run these checks install it (Debian: "
            + "apt-get install -y chromium) or name one with -Dmsp.chromium=/path/to/chromium; -Dmsp.browser.required=true "
            + "makes a missing browser a failure.";

    @BeforeAll
    static void writeReport() throws IOException {
        chromium = findChromium(System.getProperty("msp.chromium", System.getenv("MSP_CHROMIUM")), System.getenv("PATH"));
        if (chromium == null) {
            if (Boolean.getBoolean("msp.browser.required")) {
                fail("Chromium is required (-Dmsp.browser.required=true) and none is on the PATH. Install it (Debian: "
                        + "apt-get install -y chromium) or name one with -Dmsp.chromium=/path/to/chromium.");
            }
            System.out.println(SKIPPED);
            return;
        }
        BoardReport report = BoardReport.evaluate(MspAdvisor.builder().build(), Path.of("sample-data/cases-200.jsonl"),
                LocalDate.of(2026, 3, 31), Progress.none());
        report.write(dir.resolve("report"));
        index = dir.resolve("report/index.html");
    }

    @BeforeEach
    void needsABrowser() {
        Assumptions.assumeTrue(chromium != null, SKIPPED);
    }

    @Test
    void every_chart_is_drawn_with_no_script_or_console_error() throws Exception {
        Result r = chromium(dir.resolve("profile-dom"), "--dump-dom", index.toUri().toString());
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = Pattern.compile("<canvas [^>]*data-rendered=\"true\"").matcher(r.out());
        int drawn = 0;
        while (m.find()) drawn++;
        assertThat(drawn).as("charts drawn by Chart.js").isEqualTo(CHARTS);
        assertThat(r.out()).contains("<div id=\"script-errors\" role=\"alert\"></div>");
        assertThat(consoleLines(r.err())).as("console messages from the page").isEmpty();
    }

    @Test
    void the_screenshot_is_a_full_page_picture() throws Exception {
        Path png = dir.resolve("report.png");
        Result r = chromium(dir.resolve("profile-shot"), "--screenshot=" + png, "--window-size=1200,2000", index.toUri().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(consoleLines(r.err())).isEmpty();
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).as("PNG size: a page of charts, not a blank one").isGreaterThan(60_000);
        try (DataInputStream in = new DataInputStream(Files.newInputStream(png))) {
            assertThat(in.readLong()).as("PNG signature").isEqualTo(0x89504E470D0A1A0AL);
            in.readInt();
            assertThat(in.readInt()).as("IHDR").isEqualTo(0x49484452);
            assertThat(in.readInt()).as("width").isEqualTo(1200);
            assertThat(in.readInt()).as("height").isEqualTo(2000);
        }
        Files.createDirectories(Path.of("target"));
        Files.copy(png, Path.of("target/report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    record Result(int code, String out, String err) {}

    static Result chromium(Path profile, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(args));
        Path outFile = Files.createTempFile(dir, "chromium", ".out");
        Path errFile = Files.createTempFile(dir, "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("Chromium did not finish within 90 s: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8), Files.readString(errFile, StandardCharsets.UTF_8));
    }

    static List<String> consoleLines(String stderr) {
        return stderr.lines().filter(l -> CONSOLE.matcher(l).find()).toList();
    }

    /**
     * The browser to use: {@code configured} if given (it must be an executable file), else {@code chromium} or
     * {@code chromium-browser} on {@code path}; null if there is none.
     */
    static String findChromium(String configured, String path) {
        if (configured != null && !configured.isBlank()) {
            if (!Files.isExecutable(Path.of(configured))) fail("-Dmsp.chromium=" + configured + " is not an executable file");
            return configured;
        }
        for (String dirName : (path == null ? "" : path).split(File.pathSeparator)) {
            if (dirName.isEmpty()) continue;
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dirName, name);
                if (Files.isExecutable(p)) return p.toString();
            }
        }
        return null;
    }
}
