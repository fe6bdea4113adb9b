package app.parallax.ui.tasks;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Keeps a pulse whose changes all lie out of view from repainting the whole window. JavaFX's
 * renderer repaints only the regions of a pulse's changes that lie in view; but when a pulse
 * changed nodes and none of its changes is in view (a column built or restyled beyond the row's
 * visible part, that column's text laid out in the pulses after), it finds no region at all and
 * repaints everything (OpenJFX 21, {@code ViewPainter}: no dirty region means the whole scene).
 * With the software renderer that took 100–400 ms of the renderer for this window while a story
 * opened, up to eleven times per opening of nine articles, and each next pulse waited for it.
 *
 * <p>A transparent pixel in view, touched in such a pulse, gives it a region of one pixel instead.
 * JavaFX does not tell whether a pulse changed anything in view, so the pulses that can change
 * nodes out of view are the ones marked: a {@link PulseTurns} piece (a column joining the row, a
 * column's new highlights, the overview's or the navigator's new cells) and the next
 * {@value #PULSES_AFTER} pulses, over which the nodes it changed are laid out. In a pulse that
 * changes something in view as well the pixel is one more small region; a pulse that would have
 * changed nothing paints that pixel alone. Nothing is painted differently either way: the pixel
 * is transparent and lets the mouse through.
 */
public final class OffViewRepaints {

    /** Pulses after a marked one in which the pixel is touched too. */
    static final int PULSES_AFTER = 3;

    private final Rectangle pixel = new Rectangle(1, 1, Color.TRANSPARENT);
    private int pulsesLeft;
    private long touches;

    private OffViewRepaints() {
        pixel.setManaged(false);
        pixel.setMouseTransparent(true);
        pixel.setFocusTraversable(false);
        pixel.getStyleClass().add("off-view-repaint-pixel");
    }

    /**
     * Puts the pixel into {@code host} (at its top left corner, unmanaged: it takes no room) and
     * follows {@code scene}'s pulses. Call once, on the FX thread, before the window is shown.
     */
    public static void install(Scene scene, Pane host) {
        OffViewRepaints r = new OffViewRepaints();
        host.getChildren().add(r.pixel);
        scene.getProperties().put(OffViewRepaints.class, r);
        scene.addPostLayoutPulseListener(r::afterLayout);
    }

    /**
     * Marks the next pulse of {@code scene} and the {@value #PULSES_AFTER} after it as ones that may
     * change nodes out of view only. Does nothing for a scene without {@link #install}. FX thread.
     */
    public static void expect(Scene scene) {
        if (scene != null && scene.getProperties().get(OffViewRepaints.class) instanceof OffViewRepaints r) {
            r.pulsesLeft = PULSES_AFTER + 1;
        }
    }

    /** How often the pixel was touched in {@code scene} (for tests); 0 without {@link #install}. */
    public static long touches(Scene scene) {
        return scene != null && scene.getProperties().get(OffViewRepaints.class) instanceof OffViewRepaints r ? r.touches : 0;
    }

    /**
     * After the layout of a marked pulse, before the pulse copies its changes to the renderer: the
     * pixel changes, so the renderer has one region in view. When nothing else changed, touching it
     * asks for one more pulse, which is counted as one of the marked ones: no pulse is kept coming.
     */
    private void afterLayout() {
        if (pulsesLeft > 0) {
            pulsesLeft--;
            touches++;
            pixel.setOpacity(pixel.getOpacity() == 1 ? 0.5 : 1);
        }
    }
}
