package app.parallax.ui.tasks;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.util.Locale;

/**
 * Lowers the operating-system priority of the calling thread, for work the window waits on but
 * need not answer a click: comparing. Java's own thread priorities do nothing on Linux, so a
 * comparison running on both cores kept the UI thread waiting for a core for hundreds of
 * milliseconds at a time. On Linux the nice value belongs to the thread and is inherited by
 * the threads it starts (the common fork-join pool's workers, the sentence model's threads).
 * Elsewhere, or when the C library cannot be reached, it does nothing.
 */
public final class Niceness {

    /**
     * Nice 5 unless {@code -Dparallax.backgroundNice=N} says otherwise: on Linux such a thread gets
     * about a third of the share of a thread at nice 0 when both want a core. Nice 10 (a tenth)
     * gave no shorter stalls in interleaved runs and made the comparison slower when other
     * programs kept the cores busy.
     */
    private static final int BACKGROUND = Integer.getInteger("parallax.backgroundNice", 5);
    private static final int PRIO_PROCESS = 0;

    private Niceness() {
    }

    /** The C library's call, loaded on first use. */
    private interface LibC extends Library {
        int setpriority(int which, int who, int prio);
    }

    /** Gives the calling thread a background priority (Linux); never throws. */
    public static void lowerThisThread() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return;
        }
        try {
            // who = 0 with PRIO_PROCESS is the calling thread on Linux (the nice value is per thread there)
            Native.load("c", LibC.class).setpriority(PRIO_PROCESS, 0, BACKGROUND);
        } catch (RuntimeException | LinkageError unavailable) {
            // the thread keeps its priority: slower to yield the cores, nothing else changes
        }
    }
}
