package app.parallax.core;

/**
 * Told how far a comparison has got. Called on the comparing thread; implementations must be
 * cheap and thread-safe. The reader adapts it to a JavaFX task's progress.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total, stage) -> { };

    /**
     * @param done  work units finished
     * @param total work units in all (at least 1)
     * @param stage a short phrase for a status bar, e.g. "aligning passages"
     */
    void progress(long done, long total, String stage);
}
