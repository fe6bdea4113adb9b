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

    void start() {
        running = true;
        clock.schedule(this::probe, 10, TimeUnit.MILLISECONDS);
    }

    void stop() {
        running = false;
        clock.shutdownNow();
    }

    private void probe() {
        long posted = System.nanoTime();
        Platform.runLater(() -> {
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
