package app.parallax.ui.columns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * Stand-ins, of a column's width, for articles whose column is not built yet, and the plain strips
 * between a stand-in and its neighbours. Building a column (RichTextFX area, CSS, first layout of
 * its text) takes tens of milliseconds of the UI thread, so a story of 60 articles builds only the
 * columns in view or near it, one a turn, and the others when they are scrolled near.
 */
final class ColumnPlaceholders {

    private final Map<String, Region> byId = new HashMap<>();
    private final Map<String, Region> spacers = new HashMap<>();

    /**
     * The stand-in for an article's column, made on first use. It carries the article's id as its
     * user data, not in a node id: JavaFX caches the CSS rules it matched per type, id and style
     * classes, so a unique id made each of a long story's stand-ins match every rule of every style
     * sheet again when the story opened (60 stand-ins put in the row in one turn).
     */
    Region of(String articleId) {
        return byId.computeIfAbsent(articleId, id -> {
            Region r = new Region();
            r.getStyleClass().add("column-placeholder");
            r.setUserData(id);
            return r;
        });
    }

    boolean has(String articleId) {
        return byId.containsKey(articleId);
    }

    void remove(String articleId) {
        byId.remove(articleId);
    }

    /** Forgets stand-ins of articles no longer open. */
    void retain(Set<String> open) {
        byId.keySet().retainAll(open);
    }

    /** A strip of a connector band's width between two slots of which one is a stand-in. */
    Node spacer(String pairKey, Map<String, Node> kept) {
        Region made = spacers.computeIfAbsent(pairKey, k -> {
            Region r = new Region();
            r.getStyleClass().add("connector-band");
            r.setMinWidth(ConnectorBand.WIDTH);
            r.setPrefWidth(ConnectorBand.WIDTH);
            r.setMaxWidth(ConnectorBand.WIDTH);
            return r;
        });
        kept.put(pairKey, made);
        return made;
    }

    /** Keeps only the strips still standing between two slots. */
    void retainSpacers(Set<String> pairKeys) {
        spacers.keySet().retainAll(pairKeys);
    }

    /**
     * The shown article whose stand-in to build next: the one nearest the viewport (any in it
     * first, left to right), if it lies within {@code margin} of it.
     *
     * @param shown  the shown articles, left to right
     * @param view   the row's viewport in scene coordinates
     * @param margin how far beside the viewport a stand-in counts as near ({@code Double.MAX_VALUE} for all)
     */
    Optional<String> nearest(List<String> shown, Bounds view, double margin) {
        String best = null;
        double bestGap = Double.MAX_VALUE;
        for (String id : shown) {
            Region r = byId.get(id);
            if (r == null || r.getScene() == null) {
                continue;
            }
            double gap = gap(r.localToScene(r.getLayoutBounds()), view);
            if (gap <= margin && gap < bestGap) {
                best = id;
                bestGap = gap;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Sideways distance between a stand-in and the viewport, 0 when they overlap. */
    private static double gap(Bounds b, Bounds view) {
        if (b.getMaxX() < view.getMinX()) {
            return view.getMinX() - b.getMaxX();
        }
        return Math.max(0, b.getMinX() - view.getMaxX());
    }
}
