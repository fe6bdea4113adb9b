package app.parallax.core.values;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A passage's values grouped into the lists they are written in: "68 and 48", "7.6 and 7.4",
 * "72, 15 and 39" are one list each, every other value a list of one. A word that marks one figure
 * of a list ("68 and 48 years old", "7.6 and 7.5 magnitude quakes") marks them all.
 */
final class FigureLists {

    private static final Set<String> LIST_JOINERS = Set.of("and", ",", ", and", "&");

    private FigureLists() {
    }

    /** The passage's values, in order, cut into lists (each a view of {@code s.values()}). */
    static List<List<Value>> of(SlotComparer.Side s) {
        List<List<Value>> out = new ArrayList<>();
        List<Value> values = s.values();
        int k = 0;
        while (k < values.size()) {
            int end = k + 1;
            while (end < values.size() && joined(values.get(end - 1), values.get(end), s)) {
                end++;
            }
            out.add(values.subList(k, end));
            k = end;
        }
        return out;
    }

    /** Two figures of one list: only a comma, "and" or ", and" between them. */
    private static boolean joined(Value v, Value next, SlotComparer.Side s) {
        int from = s.tokens().get(v.to() - 1).range().end();
        int to = s.tokens().get(next.from()).range().start();
        if (to < from) {
            return false;
        }
        String between = s.text().substring(from, to).strip();
        return LIST_JOINERS.contains(between);
    }
}
