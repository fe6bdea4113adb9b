package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Earthquake magnitudes, which outlets often give two ways for one quake (the survey's figure and
 * the local agency's, a preliminary reading and a revised one): "the 7.7 magnitude quake damaged 42
 * buildings" against "two quakes, measuring 7.6 and 7.4, struck". The sentences around them
 * report different facts, so they are rarely linked; but a story's quakes are few, and two
 * magnitudes a fifth of a point apart, each only in its own article, are one quake measured twice,
 * while a 6.1 aftershock is not the 7.6 main shock.
 */
final class Magnitudes {

    /** Two magnitudes this close may be one quake measured twice. */
    static final double CLOSE = 0.2;
    /** The scale's practical range: figures outside it are not magnitudes. */
    private static final double LOWEST = 1;
    private static final double HIGHEST = 10;
    /** Rounding slack when two figures of one decimal are compared. */
    private static final double SLACK = 1e-9;

    private Magnitudes() {
    }

    /**
     * The magnitudes a passage gives, in order: a figure with "magnitude" or "Richter" right beside
     * it ("7.6-magnitude", "magnitude 7.6", "a magnitude of 4.4", "5.9 on the Richter scale") or
     * after "measuring" in a passage about a quake or ending its clause ("a quake measuring 6.6
     * rocked", "measuring 7.6 and 7.4, struck"; not "a wall measuring 2.5 metres"), and every figure
     * of a list one of which is so marked ("7.6 and 7.5 magnitude quakes").
     */
    static List<Value> of(SlotComparer.Side s) {
        List<Value> out = new ArrayList<>();
        for (List<Value> group : FigureLists.of(s)) {
            if (group.stream().allMatch(v -> onTheScale(v) && reading(v, s)) && marked(group, s)) {
                out.addAll(group);
            }
        }
        return out;
    }

    /**
     * For two passages of different articles, the pairs of magnitudes that look like one quake
     * measured twice: different, within {@link #CLOSE} of each other, each the other's nearest among
     * the magnitudes the other passage gives, neither stated anywhere in the other article, and the
     * two passages not about different times ({@link #anotherTime}).
     *
     * @param articleA every magnitude the first passage's article gives, for the last condition
     * @param articleB likewise for the second
     * @return pairs {a value, b value}; empty when none
     */
    static List<Value[]> twoReadings(SlotComparer.Side sideA, List<Value> a, List<Value> articleA,
                                     SlotComparer.Side sideB, List<Value> b, List<Value> articleB) {
        if (anotherTime(sideA, sideB)) {
            return List.of();
        }
        List<Value> onlyA = a.stream().filter(v -> !states(articleB, v)).toList();
        List<Value> onlyB = b.stream().filter(v -> !states(articleA, v)).toList();
        List<Value[]> out = new ArrayList<>();
        for (Value va : onlyA) {
            Value vb = nearest(va, onlyB);
            if (vb != null && nearest(vb, onlyA) == va) {
                out.add(new Value[] {va, vb});
            }
        }
        return out;
    }

    /**
     * Whether the two passages report what happened at different times: one dates it to a year the
     * other does not give ("the latest quakes occurred on Oct. 10, 2002, the largest at magnitude
     * 7.6" is an older quake than "the 7.7 magnitude quake damaged 42 buildings"), or both give
     * dates and none in common ("struck Jan. 4" / "on April 6, an earthquake measuring 7.2").
     */
    private static boolean anotherTime(SlotComparer.Side a, SlotComparer.Side b) {
        if (!of(a, ConflictKind.YEAR).equals(of(b, ConflictKind.YEAR))) {
            return true;
        }
        java.util.Set<String> datesA = of(a, ConflictKind.DATE);
        java.util.Set<String> datesB = of(b, ConflictKind.DATE);
        return !datesA.isEmpty() && !datesB.isEmpty() && java.util.Collections.disjoint(datesA, datesB);
    }

    private static java.util.Set<String> of(SlotComparer.Side s, ConflictKind kind) {
        return s.values().stream().filter(v -> v.kind() == kind).map(Value::norm)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The value of {@code among} closest to {@code v} within {@link #CLOSE}; null if none or a tie. */
    private static @org.jspecify.annotations.Nullable Value nearest(Value v, List<Value> among) {
        Value best = null;
        double bestGap = Double.MAX_VALUE;
        boolean tie = false;
        for (Value o : among) {
            double gap = Math.abs(o.amount() - v.amount());
            if (gap > CLOSE + SLACK || gap < SLACK) {
                continue;
            }
            if (Math.abs(gap - bestGap) < SLACK) {
                tie = true;
            } else if (gap < bestGap) {
                best = o;
                bestGap = gap;
                tie = false;
            }
        }
        return tie ? null : best;
    }

    private static boolean states(List<Value> magnitudes, Value v) {
        return magnitudes.stream().anyMatch(o -> Math.abs(o.amount() - v.amount()) < SLACK);
    }

    private static boolean onTheScale(Value v) {
        return v.kind() == ConflictKind.NUMBER && v.unit().isEmpty() && v.hedge() == Hedge.NONE && v.hasAmount()
                && v.amount() >= LOWEST && v.amount() < HIGHEST;
    }

    /**
     * A figure written with its tenths, as a reading is ("6.0", "5.9"): "a magnitude 6 quake can
     * cause severe damage" and "shakers around magnitude 2 and 3 are common" speak of sizes in
     * general, not of this story's quake.
     */
    private static boolean reading(Value v, SlotComparer.Side s) {
        return SlotComparer.spanOf(s.tokens(), v).of(s.text()).matches("\\d\\.\\d");
    }

    /** Whether a word beside the list makes its figures magnitudes. */
    private static boolean marked(List<Value> group, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        int from = group.get(0).from();
        int to = group.get(group.size() - 1).to();
        String before = from > 0 ? t.get(from - 1).key() : "";
        String twoBefore = from > 1 ? t.get(from - 2).key() : "";
        String after = to < t.size() ? t.get(to).key() : "";
        String thirdAfter = to + 2 < t.size() ? t.get(to + 2).key() : "";
        if (Lexicon.isQuakeScaleWord(before) || Lexicon.isQuakeScaleWord(after)
                || before.equals("of") && Lexicon.isQuakeScaleWord(twoBefore)
                || after.equals("on") && Lexicon.isQuakeScaleWord(thirdAfter)) {
            return true;
        }
        return before.equals("measuring")
                && (endsClause(to, s) || t.stream().anyMatch(w -> Lexicon.isQuakeWord(w.key())));
    }

    /** Nothing after token {@code to - 1} but punctuation before the clause ends. */
    private static boolean endsClause(int to, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        int end = t.get(to - 1).range().end();
        int next = to < t.size() ? t.get(to).range().start() : s.text().length();
        String between = s.text().substring(end, Math.max(end, next)).strip();
        return to == t.size() || !between.isEmpty() && ",.;:)".indexOf(between.charAt(0)) >= 0;
    }
}
