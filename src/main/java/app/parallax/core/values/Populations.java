package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A named place's population as news writes it in passing: "Dunmore, a city of 52,000 people",
 * "Dunmore … home to 55,000 people", "the town of Harwick, population 4,200". Outlets copy such a
 * figure from different sources and years, so two articles often give one town two populations in
 * sentences that report different things; a reader wants to see both. A figure of another place,
 * or a count of the people who fled, is not a population: the figure needs a population word right
 * before it and the place must be named before it in the same sentence.
 */
final class Populations {

    /** A population is at least this large: smaller figures after "home to" are households, teams. */
    private static final double SMALLEST = 100;
    /**
     * Two populations of one place further apart than this share of the larger are two different
     * areas (the city against its province), not two accounts of one figure.
     */
    static final double CLOSE_SHARE = 0.2;
    /** Words before the figure searched for its population word (hedges like "over" sit between). */
    private static final int LEAD_REACH = 3;
    /** Words before the figure searched for the place's name. */
    private static final int PLACE_REACH = 14;

    /** A place and the population given for it. */
    record Population(Value place, Value figure) {
        /** The place's name in its folded comparison form, alike however it is capitalised. */
        String placeKey() {
            return place.norm();
        }
    }

    private Populations() {
    }

    /** Every population of a named place the passage gives. */
    static List<Population> of(SlotComparer.Side s) {
        List<Population> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (Value v : s.values()) {
            if (v.kind() != ConflictKind.NUMBER || !v.hasAmount() || !v.unit().isEmpty() || v.amount() < SMALLEST
                    || v.hedge() == Hedge.VAGUE || !led(v, t)) {
                continue;
            }
            Value place = placeBefore(v, s);
            if (place != null) {
                out.add(new Population(place, v));
            }
        }
        return out;
    }

    /**
     * Each place two passages give two close populations, when neither article gives the other's
     * figure for that place anywhere and the two are not compatible ("over 170,000" / "172,000").
     *
     * @param articleA every population the first passage's article gives
     * @param articleB likewise for the second
     * @return pairs {a figure, b figure}; empty when none
     */
    static List<Value[]> twoCounts(List<Population> a, List<Population> articleA, List<Population> b,
                                   List<Population> articleB) {
        List<Value[]> out = new ArrayList<>();
        for (Population x : a) {
            for (Population y : b) {
                if (x.placeKey().equals(y.placeKey()) && x.figure().amount() != y.figure().amount()
                        && close(x.figure(), y.figure()) && !ValueEquivalence.compatible(x.figure(), y.figure())
                        && !gives(articleA, y) && !gives(articleB, x)) {
                    out.add(new Value[] {x.figure(), y.figure()});
                }
            }
        }
        return out;
    }

    private static boolean close(Value x, Value y) {
        return Math.abs(x.amount() - y.amount()) <= CLOSE_SHARE * Math.max(x.amount(), y.amount());
    }

    private static boolean gives(List<Population> article, Population other) {
        return article.stream().anyMatch(p -> p.placeKey().equals(other.placeKey())
                && p.figure().amount() == other.figure().amount());
    }

    /** A population word within {@link #LEAD_REACH} words before the figure: "home to", "a city of". */
    private static boolean led(Value v, List<Token> t) {
        for (int i = v.from() - 1; i >= Math.max(0, v.from() - LEAD_REACH); i--) {
            String key = t.get(i).key();
            if (Lexicon.isPopulationLead(key)
                    || key.equals("of") && i > 0 && Lexicon.isSettlementWord(t.get(i - 1).key())) {
                return true;
            }
        }
        return false;
    }

    /** The name nearest before the figure, within {@link #PLACE_REACH} words, in the same sentence. */
    private static @org.jspecify.annotations.Nullable Value placeBefore(Value v, SlotComparer.Side s) {
        Value best = null;
        for (Value o : s.values()) {
            if (o.isName() && o.to() <= v.from() && v.from() - o.to() <= PLACE_REACH
                    && (best == null || o.to() > best.to())) {
                best = o;
            }
        }
        return best != null && SlotComparer.sameClause(s.tokens(), best.to() - 1, v.from(), s.text()) ? best : null;
    }
}
