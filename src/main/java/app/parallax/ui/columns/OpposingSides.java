package app.parallax.ui.columns;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Picks the two columns that show both sides of a dispute: two shown articles giving different
 * values, as near each other in the row as possible, so that one sideways scroll can bring both
 * into view. Pure: works on article ids in column order.
 */
final class OpposingSides {

    /** Two article ids in column order, {@code left} before {@code right}. */
    record Pair(String left, String right) {
    }

    private OpposingSides() {
    }

    /**
     * @param ids       the shown articles, left to right
     * @param valueOf   the value an article gives, empty when it gives none
     * @param preferred an article whose side must be one of the two when it gives a value; may be null
     * @return the nearest pair with different values; empty when fewer than two values are shown
     */
    static Optional<Pair> nearest(List<String> ids, Function<String, Optional<String>> valueOf, String preferred) {
        List<Optional<String>> values = ids.stream().map(valueOf).toList();
        Pair best = null;
        int bestGap = Integer.MAX_VALUE;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size() && j - i < bestGap; j++) {
                boolean opposed = values.get(i).isPresent() && values.get(j).isPresent()
                        && !Objects.equals(values.get(i), values.get(j));
                boolean keepsPreferred = preferred == null || values.get(ids.indexOf(preferred)).isEmpty()
                        || ids.get(i).equals(preferred) || ids.get(j).equals(preferred);
                if (opposed && keepsPreferred) {
                    best = new Pair(ids.get(i), ids.get(j));
                    bestGap = j - i;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
