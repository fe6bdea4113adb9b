package app.parallax.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;

/** A {@link Background} of one named daemon thread, so a forgotten task never keeps the JVM alive. */
final class ExecutorBackground implements Background {

    private static final AtomicInteger COUNT = new AtomicInteger();
    private final ExecutorService executor;

    /** @param lowered whether the thread runs at a background OS priority ({@link Niceness}) */
    ExecutorBackground(String name, boolean lowered) {
        executor = Executors.newSingleThreadExecutor(r -> {
            Runnable body = lowered ? () -> {
                Niceness.lowerThisThread();
                r.run();
            } : r;
            Thread t = new Thread(body, "parallax-" + name + "-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs the task on this thread; after {@link #close()} (the window is going away) a late task,
     * such as the refinement a finished words-only comparison asks for, is cancelled, not thrown.
     */
    @Override
    public void submit(Task<?> task) {
        try {
            executor.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            task.cancel(false);
        }
    }

    /** Lets queued work (such as a last notes save) finish for up to three seconds, then interrupts. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(3, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
