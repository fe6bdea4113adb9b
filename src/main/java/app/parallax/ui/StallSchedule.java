package app.parallax.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the UI thread did while a {@link StallMeter} probe waited, from Linux's scheduler
 * statistics ({@code /proc/.../schedstat}: time on a core, time runnable but waiting for one): each
 * wait over 100 ms splits into the UI thread running, waiting for a core, and neither (blocked, for
 * example on the renderer finishing a frame, or idle in the toolkit's loop), beside the CPU time of
 * the whole process in that span. Only with {@code -Dparallax.stallSched=true}, and only on Linux;
 * elsewhere it notes nothing. Reads happen on the meter's thread (at a post) and the UI thread (when
 * the probe runs).
 */
final class StallSchedule {

    static final boolean ON = Boolean.getBoolean("parallax.stallSched") && Files.isReadable(Path.of("/proc/thread-self/schedstat"));
    private static final long TICK_NANOS = 10_000_000L;
    private volatile Path uiStat;
    private final List<String> stalls = new ArrayList<>();

    /** A probe's starting point: the UI thread's scheduler figures and the process's CPU time; null if unknown. */
    long[] atPost() {
        Path p = uiStat;
        if (p == null) {
            return null;
        }
        long[] ui = read(p);
        return ui == null ? null : new long[] {ui[0], ui[1], processCpu()};
    }

    /** Call on the UI thread when a probe runs that was posted {@code postedAt} seconds in and waited {@code waited} ns. */
    void ran(long[] atPost, double postedAt, long waited) {
        if (uiStat == null) {
            try {
                uiStat = Path.of("/proc/self/task").resolve(Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName()).resolve("schedstat");
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
        if (atPost == null || waited <= 100_000_000L) {
            return;
        }
        long[] ui = read(Path.of("/proc/thread-self/schedstat"));
        if (ui == null) {
            return;
        }
        double run = (ui[0] - atPost[0]) / 1e6;
        double queued = (ui[1] - atPost[1]) / 1e6;
        double wall = waited / 1e6;
        double process = (processCpu() - atPost[2]) / 1e6;
        synchronized (stalls) {
            stalls.add(String.format(Locale.ROOT, "  at %5.2f s: %4.0f ms = UI thread running %3.0f + waiting for a core %3.0f"
                    + " + blocked or idle %3.0f; process CPU %4.0f ms (%.1f cores)%n",
                    postedAt, wall, run, queued, Math.max(0, wall - run - queued), process, process / wall));
        }
    }

    /** Every wait over 100 ms, in order. */
    String report() {
        synchronized (stalls) {
            return stalls.isEmpty() ? "" : "Stalls over 100 ms, from the scheduler's figures:\n" + String.join("", stalls);
        }
    }

    private static long[] read(Path p) {
        try {
            String[] f = Files.readString(p).trim().split(" ");
            return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The process's user and system time, in nanoseconds (10 ms ticks). */
    private static long processCpu() {
        try {
            String s = Files.readString(Path.of("/proc/self/stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
