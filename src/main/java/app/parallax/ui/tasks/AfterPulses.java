package app.parallax.ui.tasks;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs work on the FX thread in a turn of its own after the scene has been laid out a given number
 * of times. Work that adds many nodes (a list's first cells, a grid of cells) put in the same turn
 * as other such work is laid out and styled in one pulse, which keeps a click waiting for all of
 * it; after a pulse in between each part gets a pulse of its own. Chaining {@link Platform#runLater}
 * does not guarantee that: the next runnable can run before the pulse.
 */
public final class AfterPulses {

    private AfterPulses() {
    }

    /**
     * Runs {@code action} on the FX thread after {@code pulses} layout pulses of {@code scene}, or at
     * once when the scene is not on screen (a view not shown yet lays everything out in its first pulse anyway).
     * Call on the FX thread.
     */
    public static void run(Scene scene, int pulses, Runnable action) {
        if (scene == null || pulses <= 0 || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            action.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            private int left = pulses;

            @Override
            public void run() {
                if (left <= 0) {
                    return;
                }
                if (--left == 0) {
                    // removed in the next turn, not while the scene walks its listeners
                    Platform.runLater(() -> {
                        scene.removePostLayoutPulseListener(this);
                        action.run();
                    });
                } else {
                    Platform.requestNextPulse();
                }
            }
        });
        Platform.requestNextPulse();
    }
}
