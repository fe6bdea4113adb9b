package app.parallax.ui;

import app.parallax.semantic.Semantic;

/**
 * On a first start (no cached sentence vectors), starts loading the sentence model while JavaFX
 * builds the window, since the full comparison will need it. The first story itself is read and
 * compared by words meanwhile by {@link app.parallax.ui.model.StartupPreload}.
 */
final class EngineWarmUp {

    private EngineWarmUp() {
    }

    static void start() {
        Thread t = new Thread(EngineWarmUp::run, "parallax-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        // the model's own threads, started from here, inherit the lower priority
        app.parallax.ui.tasks.Niceness.lowerThisThread();
        Semantic.warmUpIfCacheEmpty();
    }
}
