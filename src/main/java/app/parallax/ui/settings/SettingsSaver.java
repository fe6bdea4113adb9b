package app.parallax.ui.settings;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Saves settings soon after they change, so that a kill or SIGTERM loses at most the last
 * {@code delayMillis}: each change replaces the pending one and restarts the delay (a window
 * drag saves once, at the end), and an unchanged value is not written again. Saving happens on
 * its own daemon thread, never the caller's. No JavaFX: callers pass snapshots.
 */
public final class SettingsSaver implements AutoCloseable {

    private final SettingsStore store;
    private final long delayMillis;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "settings-saver");
        t.setDaemon(true);
        return t;
    });
    private Settings saved;
    private Settings pending;
    private ScheduledFuture<?> scheduled;

    public SettingsSaver(SettingsStore store, Settings current, long delayMillis) {
        this.store = Objects.requireNonNull(store, "store");
        this.saved = current;
        this.delayMillis = delayMillis;
    }

    /** Notes a change; saved after the delay unless another change comes first; ignored once closed. */
    public synchronized void changed(Settings settings) {
        Objects.requireNonNull(settings, "settings");
        if (thread.isShutdown()) {
            return;
        }
        pending = settings;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = thread.schedule(this::savePending, delayMillis, TimeUnit.MILLISECONDS);
    }

    /** Saves {@code settings} now (at quit) and stops the thread. */
    public void saveNowAndClose(Settings settings) {
        synchronized (this) {
            pending = settings;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }
        try {
            thread.submit(this::savePending).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            warn("settings not saved at quit: " + e);
        }
        close();
    }

    private void savePending() {
        Settings next;
        synchronized (this) {
            next = pending;
            pending = null;
            if (next == null || next.equals(saved)) {
                return;
            }
        }
        try {
            store.save(next);
            synchronized (this) {
                saved = next;
            }
        } catch (IOException e) {
            warn("settings not saved: " + e.getMessage());
        }
    }

    private static void warn(String message) {
        System.getLogger(SettingsSaver.class.getName()).log(System.Logger.Level.WARNING, message);
    }

    @Override
    public synchronized void close() {
        thread.shutdown();
    }
}
