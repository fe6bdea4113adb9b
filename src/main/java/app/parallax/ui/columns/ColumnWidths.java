package app.parallax.ui.columns;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How wide each shown column is: columns the user sized by dragging a divider keep their width,
 * the others share what is left of the viewport, and none is narrower than the minimum. Widths
 * are kept at zoom 1, so a zoom scales them with the text. Pure: no JavaFX.
 */
final class ColumnWidths {

    private final Map<String, Double> chosen = new HashMap<>();

    /** The user dragged {@code articleId}'s column to {@code width} at zoom {@code zoom}. */
    void choose(String articleId, double width, double zoom) {
        chosen.put(articleId, width / zoom);
    }

    /** Back to automatic width for one column. */
    void reset(String articleId) {
        chosen.remove(articleId);
    }

    /** Back to automatic width for every column (a new story). */
    void resetAll() {
        chosen.clear();
    }

    boolean isChosen(String articleId) {
        return chosen.containsKey(articleId);
    }

    /**
     * The width of each of {@code shown}, in order.
     *
     * @param room the width the columns may share (the viewport less the dividers)
     * @param min  the narrowest a column may be at this zoom
     */
    double[] widths(List<String> shown, double room, double min, double zoom) {
        double taken = 0;
        int automatic = 0;
        for (String id : shown) {
            if (chosen.containsKey(id)) {
                taken += Math.max(min, chosen.get(id) * zoom);
            } else {
                automatic++;
            }
        }
        double each = automatic == 0 ? min : Math.max(min, Math.floor((room - taken) / automatic));
        double[] out = new double[shown.size()];
        for (int i = 0; i < out.length; i++) {
            Double own = chosen.get(shown.get(i));
            out[i] = own == null ? each : Math.max(min, Math.floor(own * zoom));
        }
        return out;
    }
}
