package app.parallax.ui.tasks;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs pieces of work that add or restyle many nodes (a list's first cells, a grid of cells, a
 * column's text) on the FX thread one piece a layout pulse, in the order asked, each in a turn of
 * its own after the pulse that styled and laid out the piece before. Parts of the window that
 * each wait for a pulse on their own, or chain {@link Platform#runLater}, can have several pieces
 * run between two pulses; the next pulse then styles and lays out all their nodes at once and keeps
 * a click waiting for all of it. One queue per scene gives every pulse at most one piece.
 *
 * <p>No piece waits forever. JavaFX runs a pulse only when something is dirty or one is asked for,
 * so every piece queued asks for the next pulse ({@link Platform#requestNextPulse}, which also
 * wakes a paused pulse timer), and a scene's post-layout listeners run in every pulse of a scene in
 * a showing window, dirty or not. A scene off screen (its window hidden, or the scene taken out of
 * it) gets no pulses: what waits there goes on once the scene is shown again, asking for a pulse
 * then (work asked for while a scene is off screen runs at once, as before it was first shown).
 */
public final class PulseTurns {

    private final Scene scene;
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final Runnable afterLayout = this::afterLayout;
    private final InvalidationListener showing = o -> resumeIfOnScreen();
    private boolean listening;
    private boolean turnPosted;

    private PulseTurns(Scene scene) {
        this.scene = scene;
        watch(scene.getWindow());
        scene.windowProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.showingProperty().removeListener(showing);
            }
            watch(now);
            resumeIfOnScreen();
        });
    }

    private void watch(Window window) {
        if (window != null) {
            window.showingProperty().addListener(showing);
        }
    }

    /**
     * Runs {@code piece} on the FX thread in a turn of its own after the next layout pulse of
     * {@code scene} in which no earlier piece ran, or at once when the scene is not on screen (a
     * view not shown yet lays everything out in its first pulse anyway). Call on the FX thread.
     */
    public static void run(Scene scene, Runnable piece) {
        if (!onScreen(scene)) {
            piece.run();
            return;
        }
        ((PulseTurns) scene.getProperties().computeIfAbsent(PulseTurns.class, k -> new PulseTurns(scene))).add(piece);
    }

    private static boolean onScreen(Scene scene) {
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }

    private void add(Runnable piece) {
        waiting.add(piece);
        listen();
    }

    /** Follows the scene's pulses and asks for the next one. */
    private void listen() {
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
            stopListening();
        }
        if (piece != null) {
            OffViewRepaints.expect(scene);
            piece.run();
        }
        if (!waiting.isEmpty()) {
            Platform.requestNextPulse();
        }
    }

    /** Back on screen, the pieces that waited there go on: the next pulse is asked for. */
    private void resumeIfOnScreen() {
        if (onScreen(scene) && !waiting.isEmpty()) {
            listen();
        }
    }

    /** Removed in a turn of its own or on a window change, never while the scene walks its listeners. */
    private void stopListening() {
        if (listening) {
            scene.removePostLayoutPulseListener(afterLayout);
            listening = false;
        }
    }
}
