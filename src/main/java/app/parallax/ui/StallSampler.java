package app.parallax.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the UI thread was while a click would have waited: every 5 ms, while a {@link StallMeter}
 * probe has waited over 50 ms, it takes the UI thread's stack and keeps the reader's own frames
 * and JavaFX's pulse phases (CSS, layout, rendering). It prints the samples of the longest stall
 * and of all stalls, most frequent first. Only with {@code -Dparallax.stallStacks=true}: taking
 * stacks slows the thread it watches.
 */
final class StallSampler {

    /** {@code -Dparallax.stallBy=cpu}: keep the stall of most UI-thread CPU time, not the longest wait. */
    static final boolean BY_CPU = "cpu".equals(System.getProperty("parallax.stallBy"));

    private static final long PERIOD_MS = 5;
    private static final long AFTER_NANOS = 50_000_000L;
    private static final int FRAMES = 9;
    /** {@code -Dparallax.stallInnermost=N} also keeps the N innermost frames of each sample, library frames too. */
    private static final int INNERMOST = Integer.getInteger("parallax.stallInnermost", 0);
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-sampler");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Integer> all = new LinkedHashMap<>();
    private List<String> current = new ArrayList<>();
    private List<String> longest = List.of();
    private volatile Thread watched;
    private volatile long waitingSince;

    void start() {
        clock.scheduleAtFixedRate(this::sample, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    void stop() {
        clock.shutdownNow();
    }

    /** A probe was posted at {@code nanos}. */
    void probePosted(long nanos) {
        waitingSince = nanos;
    }

    /** The probe ran on {@code fx} after waiting {@code waited}; {@code longestSoFar} says whether no probe waited longer. */
    synchronized void probeRan(Thread fx, boolean longestSoFar) {
        watched = fx;
        waitingSince = 0;
        if (longestSoFar && !current.isEmpty()) {
            longest = current;
        }
        current = new ArrayList<>();
    }

    private synchronized void sample() {
        Thread fx = watched;
        long since = waitingSince;
        if (fx == null || since == 0 || System.nanoTime() - since < AFTER_NANOS) {
            return;
        }
        String where = where(fx.getStackTrace());
        current.add(where);
        all.merge(where, 1, Integer::sum);
    }

    /** The reader's frames and JavaFX's pulse phases of a stack, innermost first. */
    private static String where(StackTraceElement[] stack) {
        List<String> kept = new ArrayList<>();
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            String m = c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
            boolean ours = c.startsWith("app.parallax") && !c.contains("$$Lambda");
            boolean phase = m.startsWith("Scene.do") || m.equals("Scene$ScenePulseListener.pulse")
                    || (e.getMethodName().equals("layoutChildren") || e.getMethodName().equals("doProcessCSS"))
                    && !c.startsWith("javafx.scene.Parent");
            if ((ours || phase) && !kept.contains(m) && kept.size() < FRAMES) {
                kept.add(m);
            }
        }
        if (kept.size() <= 1 && stack.length > 0) {
            kept.add(0, String.valueOf(stack[0]));
        } else if (INNERMOST > 0) {
            for (int i = Math.min(INNERMOST, stack.length) - 1; i >= 0; i--) {
                kept.add(0, String.valueOf(stack[i]));
            }
        }
        return "  " + String.join("\n  ", kept) + "\n";
    }

    /** The report: the longest stall's samples, then all stalls' samples, each with its time. */
    synchronized String report() {
        Map<String, Integer> inLongest = new LinkedHashMap<>();
        longest.forEach(w -> inLongest.merge(w, 1, Integer::sum));
        return "Where the UI thread was during the " + (BY_CPU ? "stall of most UI-thread CPU time" : "longest stall")
                + ":\n" + ranked(inLongest, 12)
                + "During all stalls:\n" + ranked(all, 25);
    }

    private static String ranked(Map<String, Integer> counts, int limit) {
        StringBuilder b = new StringBuilder();
        counts.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(limit)
                .forEach(e -> b.append(e.getValue() * PERIOD_MS).append(" ms\n").append(e.getKey()));
        return b.toString();
    }
}
