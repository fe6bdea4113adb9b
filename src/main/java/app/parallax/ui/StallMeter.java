package app.parallax.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the UI thread keeps a click waiting: a daemon thread posts a probe to the FX
 * thread every 10 ms (one at a time) and records how long each waited before it ran. The longest
 * wait is the longest the window could not answer a click. Thread-safe.
 */
final class StallMeter {

    private static final long STALL_NANOS = 100_000_000L;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-meter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong stalls = new AtomicLong();
    private volatile boolean running;
    private volatile Thread fxThread;
    private volatile long pendingSince;
    private final java.util.Map<String, Integer> blamed = new java.util.concurrent.ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-sampler");
        t.setDaemon(true);
        return t;
    });

    void start() {
        running = true;
        clock.schedule(this::probe, 10, TimeUnit.MILLISECONDS);
        if (Boolean.getBoolean("parallax.stallStacks")) {
            sampler.scheduleAtFixedRate(this::sample, 5, 5, TimeUnit.MILLISECONDS);
        }
    }

    private void sample() {
        Thread fx = fxThread;
        long since = pendingSince;
        if (fx == null || since == 0 || System.nanoTime() - since < 50_000_000L) {
            return;
        }
        StackTraceElement[] st = fx.getStackTrace();
        StringBuilder key = new StringBuilder();
        int n = 0;
        for (StackTraceElement e : st) {
            String c = e.getClassName();
            String m = c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
            if (c.startsWith("app.parallax") && !c.contains("$$Lambda") || m.startsWith("Scene.do")
                    || m.equals("Scene$ScenePulseListener.pulse") || m.contains("WindowStage") || m.contains("Painter")
                    || (e.getMethodName().equals("layoutChildren") || e.getMethodName().startsWith("computePref")
                    || e.getMethodName().equals("doProcessCSS")) && !c.startsWith("javafx.scene.Parent")
                    && !key.toString().contains(m)) {
                key.append("  ").append(m).append(':').append(e.getLineNumber()).append('\n');
                n++;
            }
            if (n > 8) {
                break;
            }
        }
        if (n <= 1) {
            for (int i = 0; i < Math.min(6, st.length); i++) {
                key.append("    ").append(st[i]).append('\n');
            }
        }
        blamed.merge(key.toString(), 1, Integer::sum);
    }

    /** Where the FX thread was while probes waited over 50 ms, most frequent first (with -Dparallax.stallStacks=true). */
    String blame() {
        StringBuilder b = new StringBuilder();
        blamed.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(25)
                .forEach(e -> b.append(e.getValue() * 5).append(" ms\n").append(e.getKey()));
        return b.toString();
    }

    void stop() {
        sampler.shutdownNow();
        running = false;
        clock.shutdownNow();
    }

    private void probe() {
        long posted = System.nanoTime();
        pendingSince = posted;
        Platform.runLater(() -> {
            pendingSince = 0;
            fxThread = Thread.currentThread();
            long waited = System.nanoTime() - posted;
            longest.accumulateAndGet(waited, Math::max);
            probes.incrementAndGet();
            if (waited > STALL_NANOS) {
                stalls.incrementAndGet();
            }
            if (running) {
                clock.schedule(this::probe, 10, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** The longest time a probe waited for the FX thread, in milliseconds. */
    double longestMillis() {
        return longest.get() / 1e6;
    }

    int probes() {
        return (int) probes.get();
    }

    /** Probes that waited over 100 ms. */
    int stalls() {
        return (int) stalls.get();
    }
}
