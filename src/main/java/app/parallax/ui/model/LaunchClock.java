package app.parallax.ui.model;

import java.time.Duration;
import java.time.Instant;

/**
 * Milliseconds since the operating system started this process (launcher included), for the
 * start-up figures the reader prints: they are how the plain jar and the installed application
 * are compared.
 */
public final class LaunchClock {

    private LaunchClock() {
    }

    /** Milliseconds since process start, or -1 where the system does not say when it started. */
    public static long millisSinceLaunch() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }

    /** Prints "Time from launch to {@code what}: N ms" on standard output. */
    public static void print(String what) {
        System.out.printf("Time from launch to %s: %d ms%n", what, millisSinceLaunch());
    }

    private static final java.util.concurrent.atomic.AtomicBoolean FULL_PRINTED = new java.util.concurrent.atomic.AtomicBoolean();

    /** {@link #print} the first time only: later stories opened in the same run are not launch figures. */
    public static void printOnce(String what) {
        if (FULL_PRINTED.compareAndSet(false, true)) {
            print(what);
        }
    }
}
