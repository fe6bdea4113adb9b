package app.parallax.cli;

import app.parallax.core.ProgressListener;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One line of progress for a long {@code compare} on a terminal: what it is doing (the file being
 * read, the engine's stage and how far it got) and the seconds so far, redrawn in place every
 * second and erased before anything else is printed, so a cold comparison of a big story, which
 * can take minutes, never looks hung. It is drawn only on a terminal: when the output is piped
 * or redirected nothing is written, so a script's output is the report alone.
 */
final class ProgressLine implements ProgressListener, AutoCloseable {

    /** Columns used when the terminal does not say ({@code COLUMNS} unset). */
    static final int DEFAULT_WIDTH = 80;

    private final PrintWriter out;
    private final int width;
    private final LongSupplier clock;
    private final long started;
    private final ScheduledExecutorService ticker;
    private String what = "starting";
    private boolean shown;
    private int drawnLength;

    private ProgressLine(PrintWriter out, int width, boolean tick, LongSupplier clock) {
        this.out = out;
        this.width = width;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.ticker = out == null || !tick ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parallax-progress");
            t.setDaemon(true);
            return t;
        });
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
        }
    }

    /**
     * A progress line on the terminal when there is one ({@code console}, i.e. {@code System.console()},
     * is not null: standard input and output are a terminal), else one that writes nothing. It is
     * written to the console itself, so a redirected standard error never collects it either.
     */
    static ProgressLine create(Console console) {
        return console != null ? new ProgressLine(console.writer(), width(System.getenv("COLUMNS")), true, System::nanoTime)
                : new ProgressLine(null, DEFAULT_WIDTH, false, System::nanoTime);
    }

    /** A line drawn on {@code out} only when told, its time standing still at 0 s: for tests. */
    static ProgressLine untimed(PrintWriter out, int width) {
        return new ProgressLine(out, width, false, () -> 0L);
    }

    /** Says which source is being read. */
    void reading(String source) {
        show("reading " + source);
    }

    @Override
    public void progress(long done, long total, String stage) {
        show(stage + " · " + (100 * done / Math.max(1, total)) + "%");
    }

    /** Erases the line until the next progress, so that messages can be printed. */
    synchronized void pause() {
        erase();
        shown = false;
    }

    /** Erases the line and stops redrawing it. */
    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        pause();
    }

    private synchronized void show(String doing) {
        what = doing;
        shown = true;
        redraw();
    }

    private synchronized void redraw() {
        if (out == null || !shown) {
            return;
        }
        String line = format(what, (clock.getAsLong() - started) / 1_000_000_000L, width);
        out.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        out.flush();
        drawnLength = line.length();
    }

    private void erase() {
        if (out != null && drawnLength > 0) {
            out.print("\r" + " ".repeat(drawnLength) + "\r");
            out.flush();
            drawnLength = 0;
        }
    }

    /**
     * The line for {@code doing} after {@code seconds}: "parallax: comparing meaning · 25% · 43 s",
     * control characters of a file name shown as U+FFFD, cut with "…" to fit {@code width} - 1
     * columns (a full last column would wrap on some terminals).
     */
    static String format(String doing, long seconds, int width) {
        String time = " · " + (seconds < 60 ? seconds + " s" : String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60));
        String head = "parallax: " + Terminal.clean(doing).replace('\n', ' ').replace('\t', ' ');
        int room = Math.max(1, width - 1 - time.length());
        if (head.length() > room) {
            head = head.substring(0, Math.max(0, room - 1)) + "…";
        }
        return head + time;
    }

    /** The terminal's width from {@code COLUMNS}, else {@value #DEFAULT_WIDTH}; at least 20. */
    static int width(String columns) {
        try {
            return columns == null ? DEFAULT_WIDTH : Math.max(20, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
