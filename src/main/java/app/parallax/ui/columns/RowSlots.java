package app.parallax.ui.columns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Fixed holders in the row of columns, one per shown article and one per gap between two shown
 * articles, into which the column (or its stand-in) and the connector band (or its plain strip) are
 * put. The row's own children are then the same while columns are built: changing a parent's
 * children makes JavaFX repaint the whole parent, and with the software renderer repainting the
 * whole row of text after each of nine columns joined it kept the next pulse waiting 60-115 ms.
 * Swapping a holder's one child repaints only that holder (one column, or one gap).
 */
final class RowSlots {

    private final Map<String, StackPane> slots = new HashMap<>();

    /** The holder for {@code key} (an article's id, or a pair key for a gap), showing {@code content}. */
    Node holding(String key, Node content) {
        StackPane slot = slots.computeIfAbsent(key, k -> {
            StackPane s = new StackPane();
            s.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            s.getStyleClass().add("row-slot");
            return s;
        });
        List<Node> now = slot.getChildren();
        if (now.size() != 1 || now.get(0) != content) {
            slot.getChildren().setAll(content);
        }
        return slot;
    }

    /** Forgets the holders whose key is not in {@code keys} (articles closed, neighbours changed). */
    void retain(Set<String> keys) {
        slots.keySet().retainAll(keys);
    }
}
