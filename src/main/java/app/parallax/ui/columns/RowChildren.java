package app.parallax.ui.columns;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Brings a parent's children to a wanted list by removing and inserting only what changed.
 * Replacing them all ({@code setAll}) takes every node out of the scene graph and puts it back,
 * which makes JavaFX apply CSS to, and lay out, every column's whole text again: with 60 columns
 * being built one at a time, that kept the UI thread busy for seconds.
 */
final class RowChildren {

    private RowChildren() {
    }

    /** Makes {@code children} equal to {@code wanted} (same nodes, same order), moving as few as it can. */
    static void update(ObservableList<Node> children, List<Node> wanted) {
        if (children.equals(wanted)) {
            return;
        }
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        if (!inOrder(children, wanted)) {
            children.setAll(wanted);
            return;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (i >= children.size() || children.get(i) != wanted.get(i)) {
                children.add(i, wanted.get(i));
            }
        }
    }

    /** True when {@code kept} lists nodes in the same order as they come in {@code wanted}. */
    private static boolean inOrder(List<Node> kept, List<Node> wanted) {
        int at = 0;
        for (Node n : kept) {
            while (at < wanted.size() && wanted.get(at) != n) {
                at++;
            }
            if (at == wanted.size()) {
                return false;
            }
            at++;
        }
        return true;
    }
}
