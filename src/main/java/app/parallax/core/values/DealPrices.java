package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import java.util.List;

/**
 * The price of a story's deal, which outlets give from different sources and at different stages
 * ("the paper said Norvik will pay $4 billion to $5 billion" against "Norvik announced that it will
 * buy the company for $5.6 billion"), usually in sentences that report different things. Only a sum
 * in the grammar of a price ("pay $13.9 billion", "buy the firm for", "values the acquisition at",
 * "a bid of", "a $13.9 billion acquisition"); not a share price (below a million), not a price
 * dated to another year or day ("bought a rival for $9 billion in 2011"), nor any price of an
 * article that gives several for the present (it reports several bids or deals).
 */
final class DealPrices {

    /** A deal's price is at least this much: smaller sums are per-share prices, fees, fines. */
    private static final double SMALLEST = 1e6;
    /**
     * Two prices further apart than this share of the larger are two different deals or offers
     * (one team's $160 million against another's $200 million).
     */
    static final double CLOSE_SHARE = 0.1;
    /** Words before a price searched for what leads to it ("pay", "for" after a buying verb). */
    private static final int LEAD_REACH = 2;
    /** Words before "for" searched for a verb of buying. */
    private static final int VERB_REACH = 6;

    /**
     * What a passage says of the price: its lowest and highest sum (one, or the two ends of "$12
     * billion to $13 billion"), whether it gives several different prices, whether it is dated.
     */
    record Reading(@org.jspecify.annotations.Nullable Value low, @org.jspecify.annotations.Nullable Value high,
                   boolean several, boolean dated) {
    }

    private DealPrices() {
    }

    /** The passage's price reading, or null when it gives no price. */
    static @org.jspecify.annotations.Nullable Reading of(SlotComparer.Side s) {
        Value low = null;
        Value high = null;
        boolean several = false;
        List<Value> values = s.values();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            if (!sum(v) || !(led(v, s) || dealAfter(v, s))) {
                continue;
            }
            Value end = i + 1 < values.size() && sum(values.get(i + 1)) && rangeBetween(v, values.get(i + 1), s)
                    ? values.get(i + 1) : null;
            Value top = end == null ? v : end;
            if (low != null && (low.amount() != v.amount() || high.amount() != top.amount())) {
                several = true;
            }
            if (low == null) {
                low = v;
                high = top;
            }
            if (end != null) {
                i++;
            }
        }
        return low == null ? null : new Reading(several ? null : low, several ? null : high, several, DeathTolls.dated(s));
    }

    /**
     * The two passages' prices when they are one deal's price told two ways, else null: each its
     * article's one present price, neither dated, within {@link #CLOSE_SHARE} of each other, the
     * one outside the other's range and not compatible with it ("nearly $14 billion" / "$13.9
     * billion").
     *
     * @return {a value, b value}, the ends nearest each other
     */
    static Value @org.jspecify.annotations.Nullable [] twoPrices(Reading a, List<Reading> articleA, Reading b,
                                                                 List<Reading> articleB) {
        if (a.low() == null || b.low() == null || a.dated() || b.dated() || !a.low().unit().equals(b.low().unit())
                || !present(articleA, a) || !present(articleB, b)) {
            return null;
        }
        if (overlap(a, b)) {
            return null;
        }
        Value[] ends = nearestEnds(a, b);
        Value va = ends[0];
        Value vb = ends[1];
        double gap = Math.abs(va.amount() - vb.amount());
        return gap <= CLOSE_SHARE * Math.max(va.amount(), vb.amount()) && !ValueEquivalence.compatible(va, vb)
                ? new Value[] {va, vb} : null;
    }

    /**
     * Whether the two passages give one deal's price alike: each a price its article gives no other
     * present price against (dated or not: the same sum in two reports is one deal's, whatever day
     * each puts on it), in one currency, the two ranges overlapping ("$12 billion to $13 billion" /
     * "about $13 billion") or the nearest ends compatible ("nearly $14 billion" / "$13.9 billion").
     * Two reports of one deal that state its price alike state one fact, whatever else their
     * sentences say.
     */
    static boolean alike(Reading a, List<Reading> articleA, Reading b, List<Reading> articleB) {
        if (a.low() == null || b.low() == null || !a.low().unit().equals(b.low().unit())
                || a.several() || b.several() || !present(articleA, a) || !present(articleB, b)) {
            return false;
        }
        if (overlap(a, b)) {
            return true;
        }
        Value[] ends = nearestEnds(a, b);
        return ValueEquivalence.compatible(ends[0], ends[1]);
    }

    /** Of two readings that do not overlap, the end of each nearest the other: {a's, b's}. */
    private static Value[] nearestEnds(Reading a, Reading b) {
        boolean aBelow = a.high().amount() < b.low().amount();
        return new Value[] {aBelow ? a.high() : a.low(), aBelow ? b.low() : b.high()};
    }

    /** Whether every undated reading of the article is this one (no other present price). */
    private static boolean present(List<Reading> article, Reading r) {
        for (Reading o : article) {
            if (o.dated()) {
                continue;
            }
            if (o.several() || o.low().amount() != r.low().amount() || o.high().amount() != r.high().amount()) {
                return false;
            }
        }
        return true;
    }

    private static boolean overlap(Reading a, Reading b) {
        return a.low().amount() <= b.high().amount() && b.low().amount() <= a.high().amount();
    }

    private static boolean sum(Value v) {
        return v.kind() == ConflictKind.MONEY && v.hasAmount() && v.amount() >= SMALLEST && v.hedge() != Hedge.VAGUE;
    }

    /** "pay $13.9 billion", "values the acquisition at", "a bid of", "buy the firm for". */
    private static boolean led(Value v, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        for (int i = v.from() - 1; i >= Math.max(0, v.from() - LEAD_REACH); i--) {
            String key = t.get(i).key();
            if (Lexicon.isPriceLead(key)) {
                return true;
            }
            if (key.equals("of") && i > 0 && Lexicon.isDealNoun(t.get(i - 1).key())) {
                return true;
            }
            if (key.equals("at") && i > 0 && (Lexicon.isDealNoun(t.get(i - 1).key()) || Lexicon.isPriceLead(t.get(i - 1).key()))) {
                return true;
            }
            if (key.equals("for")) {
                for (int j = i - 1; j >= Math.max(0, i - VERB_REACH); j--) {
                    if (Lexicon.isBuyVerb(t.get(j).key())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "a $13.9 billion acquisition", "the $13.9 billion deal". */
    private static boolean dealAfter(Value v, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        return v.to() < t.size() && Lexicon.isDealNoun(t.get(v.to()).key());
    }

    /** "$12 billion to $13 billion", "between $140 and $150 million": one word joins them. */
    private static boolean rangeBetween(Value a, Value b, SlotComparer.Side s) {
        if (b.from() != a.to() + 1) {
            return false;
        }
        String key = s.tokens().get(a.to()).key();
        return key.equals("to") || key.equals("and") || key.equals("-");
    }
}
