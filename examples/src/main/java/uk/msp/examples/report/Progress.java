package uk.msp.examples.report;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A progress bar for a terminal: redrawn in place ({@code \r}) at most ten times a second, and once more at the
 * end, followed by a line break. Meant for standard error, so that output piped elsewhere stays clean.
 */
public final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private int total;
    private int done;
    private long started;
    private long lastDrawn;

    private Progress(PrintWriter out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
    }

    /** A bar drawn on the given writer (normally standard error on a terminal). */
    public static Progress bar(PrintWriter out) {
        return new Progress(Objects.requireNonNull(out, "out must not be null"), System::nanoTime);
    }

    /** A bar with its own clock, for tests. */
    static Progress bar(PrintWriter out, LongSupplier nanoClock) {
        return new Progress(out, nanoClock);
    }

    /** No bar: for output that is not a terminal. */
    public static Progress none() {
        return new Progress(null, System::nanoTime);
    }

    void start(int total) {
        this.total = total;
        this.started = nanoClock.getAsLong();
        draw(0);
    }

    void step(int failed) {
        done++;
        long now = nanoClock.getAsLong();
        if (now - lastDrawn >= REDRAW_NANOS) draw(failed);
    }

    void finish(int failed) {
        draw(failed);
        if (out != null) {
            out.print('\n');
            out.flush();
        }
    }

    private void draw(int failed) {
        lastDrawn = nanoClock.getAsLong();
        if (out == null) return;
        out.print('\r');
        out.print(line(done, total, failed, (lastDrawn - started) / 1_000_000_000L));
        out.flush();
    }

    /** One frame, e.g. {@code [###############...............]  50%  100/200 cases, 1 failed, 3 s}. */
    static String line(int done, int total, int failed, long seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
        int percent = total == 0 ? 100 : (int) ((long) done * 100 / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d%%", percent)
                + "  " + done + "/" + total + " cases, " + failed + " failed, " + seconds + " s";
    }
}
