package app.parallax.ui.tasks;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs pieces of work that add or restyle many nodes (a list's first cells, a grid of cells, a
 * column's text) on the FX thread one piece a layout pulse, in the order asked, each in a turn of
 * its own after the pulse that styled and laid out the piece before. Parts of the window that
 * each wait for a pulse on their own, or chain {@link Platform#runLater}, can have several pieces
 * run between two pulses; the next pulse then styles and lays out all their nodes at once and keeps
 * a click waiting for all of it. One queue per scene gives every pulse at most one piece.
 */
public final class PulseTurns {

    private final Scene scene;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final Runnable afterLayout = this::afterLayout;
    private boolean listening;
    private boolean turnPosted;

    private PulseTurns(Scene scene) {
        this.scene = scene;
    }

    /**
     * Runs {@code piece} on the FX thread in a turn of its own after the next layout pulse of
     * {@code scene} in which no earlier piece ran, or at once when the scene is not on screen (a
     * view not shown yet lays everything out in its first pulse anyway). Call on the FX thread.
     */
    public static void run(Scene scene, Runnable piece) {
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            piece.run();
            return;
        }
        ((PulseTurns) scene.getProperties().computeIfAbsent(PulseTurns.class, k -> new PulseTurns(scene))).add(piece);
    }

    private void add(Runnable piece) {
        waiting.add(piece);
        if (!listening) {
            listening = true;
            scene.addPostLayoutPulseListener(afterLayout);
        }
        Platform.requestNextPulse();
    }

    private void afterLayout() {
        if (!turnPosted && !waiting.isEmpty()) {
            turnPosted = true;
            Platform.runLater(this::next);
        }
    }

    private void next() {
        turnPosted = false;
        Runnable piece = waiting.poll();
        if (waiting.isEmpty()) {
            // removed here, not while the scene walks its listeners
            scene.removePostLayoutPulseListener(afterLayout);
            listening = false;
        }
        if (piece != null) {
            piece.run();
        }
        if (!waiting.isEmpty()) {
            Platform.requestNextPulse();
        }
    }
}
