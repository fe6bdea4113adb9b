package app.parallax.ui.tasks;

import javafx.concurrent.Task;

/**
 * Where the reader runs blocking work (ingest, comparison, file writes): never the FX thread.
 * The app owns its instances and closes them in {@code Application.stop()}; tests may use
 * {@link #sameThread()}.
 */
public interface Background extends AutoCloseable {

    /** Runs the task later on a background thread (or at once, for {@link #sameThread()}). */
    void submit(Task<?> task);

    /** Stops accepting work; queued work gets a few seconds to finish, then is interrupted. */
    @Override
    void close();

    /** One named daemon thread, tasks run in submission order. */
    static Background named(String name) {
        return new ExecutorBackground(name, false);
    }

    /**
     * One named daemon thread at a background OS priority ({@link Niceness}), for work the window
     * waits for without having to answer a click meanwhile, such as comparing.
     */
    static Background lowered(String name) {
        return new ExecutorBackground(name, true);
    }

    /** Runs each task on the calling thread; for tests. */
    static Background sameThread() {
        return new Background() {
            @Override
            public void submit(Task<?> task) {
                task.run();
            }

            @Override
            public void close() {
                // nothing to stop
            }
        };
    }
}
