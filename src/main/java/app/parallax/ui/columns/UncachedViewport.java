package app.parallax.ui.columns;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Turns off the bitmap cache JavaFX's scroll pane skin puts on its viewport. The cache pays off for
 * content that never changes; the row of columns changes in most pulses while a story opens (a
 * column built, a column restyled, a band redrawn), and every change made the renderer paint the
 * whole visible row of text into the cache again, not just the part that changed: with the
 * software renderer 60-115 ms, which the next pulse waited for. Without the cache only the dirty
 * part (one column, one strip) is painted.
 */
final class UncachedViewport {

    private UncachedViewport() {
    }

    /** Keeps {@code scroll}'s viewport uncached, now and whenever its skin is (re)made. */
    static void install(ScrollPane scroll) {
        scroll.skinProperty().addListener((o, was, now) -> uncache(scroll));
        uncache(scroll);
    }

    private static void uncache(ScrollPane scroll) {
        if (scroll.getSkin() == null) {
            return;
        }
        Node viewport = scroll.lookup(".viewport");
        if (viewport != null && viewport != scroll) {
            viewport.setCache(false);
        }
    }
}
