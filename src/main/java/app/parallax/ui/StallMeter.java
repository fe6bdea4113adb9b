package app.parallax.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the UI thread keeps a click waiting: a daemon thread posts a probe to the FX
 * thread every 10 ms (one at a time) and records how long each waited before it ran. The longest
 * wait is the longest the window could not answer a click. Beside it, the CPU time the UI thread
 * itself spent while a probe waited: on a machine shared with other work most of a wait can be
 * the UI thread waiting for a core, which this leaves out ({@code -Dparallax.stallSched=true} splits
 * each stall by the scheduler's figures: {@link StallSchedule}). Thread-safe. With
 * {@code -Dparallax.stallStacks=true} a {@link StallSampler} also notes where the UI thread was.
 */
final class StallMeter {

    private static final long STALL_NANOS = 100_000_000L;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "stall-meter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong longest = new AtomicLong();
    private final AtomicLong longestBusy = new AtomicLong();
    /** When the probe that waited through {@link #longestBusy} was posted, nanoseconds after {@link #start()}. */
    private volatile long longestBusyAt;
    private volatile long startedAt;
    private final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    /** The UI thread's id once a probe has run on it, else -1. */
    private volatile long uiThread = -1;
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong stalls = new AtomicLong();
    private final StallSampler sampler = Boolean.getBoolean("parallax.stallStacks") ? new StallSampler() : null;
    private volatile boolean running;
    private final StallSchedule schedule = StallSchedule.ON ? new StallSchedule() : null;

    void start() {
        running = true;
        startedAt = System.nanoTime();
        clock.schedule(this::probe, 10, TimeUnit.MILLISECONDS);
        if (sampler != null) {
            sampler.start();
        }
    }

    void stop() {
        running = false;
        clock.shutdownNow();
        if (sampler != null) {
            sampler.stop();
        }
    }

    private void probe() {
        long posted = System.nanoTime();
        if (sampler != null) {
            sampler.probePosted(posted);
        }
        long ui = uiThread;
        long busyAtPost = ui < 0 ? -1 : threads.getThreadCpuTime(ui);
        long[] scheduleAtPost = schedule == null ? null : schedule.atPost();
        Platform.runLater(() -> ran(posted, System.nanoTime() - posted, busyAtPost, scheduleAtPost));
    }

    private void ran(long posted, long waited, long busyAtPost, long[] scheduleAtPost) {
        uiThread = Thread.currentThread().getId();
        if (schedule != null) {
            schedule.ran(scheduleAtPost, (posted - startedAt) / 1e9, waited);
        }
        long busy = busyAtPost < 0 ? 0 : threads.getCurrentThreadCpuTime() - busyAtPost;
        boolean busiestSoFar = busy > longestBusy.getAndAccumulate(busy, Math::max);
        if (busiestSoFar) {
            longestBusyAt = posted - startedAt;
        }
        boolean longestSoFar = waited > longest.getAndAccumulate(waited, Math::max);
        probes.incrementAndGet();
        if (waited > STALL_NANOS) {
            stalls.incrementAndGet();
        }
        if (sampler != null) {
            sampler.probeRan(Thread.currentThread(), StallSampler.BY_CPU ? busiestSoFar : longestSoFar);
        }
        if (running) {
            clock.schedule(this::probe, 10, TimeUnit.MILLISECONDS);
        }
    }

    /** The longest time a probe waited for the FX thread, in milliseconds. */
    double longestMillis() {
        return longest.get() / 1e6;
    }

    /** The most CPU time the UI thread spent while one probe waited, in milliseconds. */
    double longestBusyMillis() {
        return longestBusy.get() / 1e6;
    }

    /** When the probe of {@link #longestBusyMillis()} was posted, in seconds after measuring started. */
    double longestBusyAtSeconds() {
        return longestBusyAt / 1e9;
    }

    int probes() {
        return (int) probes.get();
    }

    /** Probes that waited over 100 ms. */
    int stalls() {
        return (int) stalls.get();
    }

    /** Where the UI thread was during stalls, or "" without {@code -Dparallax.stallStacks=true}. */
    String whereStalled() {
        return (schedule == null ? "" : schedule.report()) + (sampler == null ? "" : sampler.report());
    }
}
