package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * The death toll of a story's event, which outlets report differently more often than anything
 * else ("rocked the city on Sunday, killing four people" against "days after a powerful quake
 * levelled buildings and killed one person"), usually in sentences that report different things
 * and so are not linked. Only a toll in the grammar of one ("killing four people", "four people
 * were killed", "40 dead", "the death toll rose to 24"); not a part of one ("four other people
 * died"), a count of something else ("a mother of 12 was killed"), a toll dated to another year,
 * month or day ("In February, a gunman killed five people"), nor any toll of an article that gives
 * several for the present (it reports several attacks, or one with its parts).
 */
final class DeathTolls {

    /** Words between a count and the death word after it: "four [bank workers were] killed". */
    private static final int WORDS_BETWEEN = 3;
    /** Between a count and its death word, words that make it generic or another's: "when one is killed". */
    private static final Set<String> NOT_BETWEEN = Set.of("is", "are", "be", "and", "or", "to");
    /** Before a count, words that make it a hope, a fear or a part: "might have been two", "father to two boys". */
    private static final Set<String> NOT_BEFORE = Set.of("might", "could", "may", "would", "will", "to", "for",
            "with", "by", "from");
    /** Words that date a passage to another time than the story's event: "two years ago", "earlier this year". */
    private static final Set<String> ANOTHER_TIME = Set.of("ago", "earlier", "previous", "previously", "history");
    /** Before a count, words a killing (or injuring) verb may stand behind: "killed [at least] 40". */
    static final Set<String> BOUND_WORDS = Set.of("at", "least", "about", "some", "more", "than", "nearly",
            "almost", "an", "estimated", "around", "over");
    /** Words that make the count a part or a near miss: "four other people died", "two nearly killed". */
    private static final Set<String> NOT_A_TOLL = Set.of("other", "more", "nearly", "almost", "of");

    private DeathTolls() {
    }

    /**
     * What a passage says of the toll.
     *
     * @param toll    its one toll, or null when it gives several ("three died in one strike and two
     *                were killed in another")
     * @param several whether it gives several different tolls
     * @param dated   whether it is dated to another time ({@link #dated})
     */
    record Reading(@org.jspecify.annotations.Nullable Value toll, boolean several, boolean dated) {
    }

    /** The passage's toll reading, or null when it gives no toll. */
    static @org.jspecify.annotations.Nullable Reading of(SlotComparer.Side s) {
        Value toll = null;
        boolean several = false;
        for (Value v : s.values()) {
            if (count(v, s) && governed(v, s)) {
                several |= toll != null && toll.amount() != v.amount();
                toll = toll == null ? v : toll;
            }
        }
        return toll == null ? null : new Reading(several ? null : toll, several, dated(s));
    }

    /**
     * The one toll an article gives for the present, from its passages' readings, or null: none,
     * several ("three people also died in an air strike", "two people were killed when a shell
     * hit"), or only dated ones.
     */
    static @org.jspecify.annotations.Nullable Value present(List<Reading> article) {
        Value toll = null;
        for (Reading r : article) {
            if (r.dated()) {
                continue;
            }
            if (r.several() || toll != null && toll.amount() != r.toll().amount()) {
                return null;
            }
            toll = toll == null ? r.toll() : toll;
        }
        return toll;
    }

    /**
     * The two passages' tolls when they are one event's toll told two ways, else null: each the one
     * present toll of its article, different and not compatible ("at least four" and "five" may
     * both hold), and neither passage dated.
     */
    static Value @org.jspecify.annotations.Nullable [] twoAccounts(Reading a, List<Reading> articleA, Reading b,
                                                                   List<Reading> articleB) {
        Value ta = a.toll();
        Value tb = b.toll();
        if (ta == null || tb == null || a.dated() || b.dated()) {
            return null;
        }
        Value presentA = present(articleA);
        Value presentB = present(articleB);
        return presentA != null && presentB != null && presentA.amount() == ta.amount()
                && presentB.amount() == tb.amount() && ta.amount() != tb.amount() && !ValueEquivalence.compatible(ta, tb)
                ? new Value[] {ta, tb} : null;
    }

    /** Tokens after a toll searched for the place it is given for: "killed 400 [people] in Aceh". */
    private static final int PLACE_REACH = 4;

    /**
     * A toll given for a named place, of this event or an older one: "the tsunami that killed
     * 168,000 people in Aceh province", "killed more than 230,000 people, over 170,000 of them in
     * Aceh".
     *
     * @param toll   the count
     * @param places the names right after it ("in Indonesia's Aceh province": indonesia, aceh)
     */
    record PlacedToll(Value toll, Set<String> places) {
    }

    /** The passage's tolls given for a named place; empty when none. */
    static List<PlacedToll> placed(SlotComparer.Side s) {
        List<PlacedToll> out = new java.util.ArrayList<>();
        boolean tollBefore = false;
        for (Value v : s.values()) {
            if (!(count(v, s) && governed(v, s) || tollBefore && partOfThem(v, s))) {
                continue;
            }
            tollBefore = true;
            Set<String> places = placesAfter(v, s);
            if (!places.isEmpty()) {
                out.add(new PlacedToll(v, places));
            }
        }
        return out;
    }

    /**
     * Two tolls of one place told two ways by two articles, or null: a place in common, figures
     * within {@value AttributeMatcher#CLOSE_SHARE} of each other (a toll far from another is another
     * event's) yet not compatible, each article giving that place one toll.
     */
    static Value @org.jspecify.annotations.Nullable [] onePlaceTwoTolls(PlacedToll a, List<PlacedToll> articleA,
                                                                       PlacedToll b, List<PlacedToll> articleB) {
        Value ta = a.toll();
        Value tb = b.toll();
        if (java.util.Collections.disjoint(a.places(), b.places()) || ta.amount() == tb.amount()
                || Math.abs(ta.amount() - tb.amount()) > AttributeMatcher.CLOSE_SHARE * Math.max(ta.amount(), tb.amount())
                || ValueEquivalence.compatible(ta, tb) || !oneToll(a, articleA) || !oneToll(b, articleB)) {
            return null;
        }
        return new Value[] {ta, tb};
    }

    /** No other toll of the article shares a place with this one and differs from it. */
    private static boolean oneToll(PlacedToll toll, List<PlacedToll> article) {
        return article.stream().noneMatch(o -> o.toll().amount() != toll.toll().amount()
                && !java.util.Collections.disjoint(o.places(), toll.places()));
    }

    /** "over 170,000 [of them]" after a toll: the part of the dead counted somewhere. */
    private static boolean partOfThem(Value v, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        return v.kind() == ConflictKind.NUMBER && v.unit().isEmpty() && v.hasAmount() && v.to() + 1 < t.size()
                && t.get(v.to()).key().equals("of")
                && (t.get(v.to() + 1).key().equals("them") || t.get(v.to() + 1).key().equals("whom"));
    }

    /** The names in the "in ..." phrase right after a toll, before any other figure. */
    private static Set<String> placesAfter(Value toll, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        int in = -1;
        for (int j = toll.to(); j < Math.min(t.size(), toll.to() + PLACE_REACH + 1); j++) {
            if (t.get(j).isNumeric()) {
                break;
            }
            if (t.get(j).key().equals("in")) {
                in = j;
                break;
            }
        }
        Set<String> out = new java.util.HashSet<>();
        if (in < 0) {
            return out;
        }
        for (Value v : s.values()) {
            if (v.isName() && v.from() > in && v.from() <= in + 3) {
                out.add(v.norm());
            }
        }
        return out;
    }

    /**
     * A passage that gives a year, a month or a date, or says "ago" or "earlier", speaks of that
     * time, maybe another event's.
     */
    static boolean dated(SlotComparer.Side s) {
        return s.values().stream().anyMatch(v -> v.kind() == ConflictKind.YEAR || v.kind() == ConflictKind.MONTH
                || v.kind() == ConflictKind.DATE) || s.tokens().stream().anyMatch(t -> ANOTHER_TIME.contains(t.key()));
    }

    /** A plain count: a whole number, not money or a share, not "of 12" nor "four other". */
    private static boolean count(Value v, SlotComparer.Side s) {
        if (v.kind() != ConflictKind.NUMBER || !v.unit().isEmpty() || v.hedge() == Hedge.VAGUE || !v.hasAmount()
                || v.amount() < 1 || v.amount() != Math.rint(v.amount())) {
            return false;
        }
        List<Token> t = s.tokens();
        String next = v.to() < t.size() ? t.get(v.to()).key() : "";
        String before = v.from() > 0 ? t.get(v.from() - 1).key() : "";
        return !NOT_A_TOLL.contains(next) && !NOT_A_TOLL.contains(before) && !before.equals("no");
    }

    /**
     * A count a death word governs: after a killing verb ("killing [at least] four people", "the
     * death toll rose to 24") or before a death word its noun and auxiliaries lead to ("four people
     * were killed", "24 dead", "two men have died"), nothing but words between.
     */
    private static boolean governed(Value v, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        int i = v.from() - 1;
        while (i >= 0 && BOUND_WORDS.contains(t.get(i).key()) && Residences.spaceBetween(s, i, i + 1)) {
            i--;
        }
        if (i >= 0 && Residences.spaceBetween(s, i, i + 1)) {
            String k = t.get(i).key();
            if (k.equals("killing") || k.equals("killed") || k.equals("kills")) {
                return !(i > 0 && NOT_A_TOLL.contains(t.get(i - 1).key()));
            }
            if ((k.equals("to") || k.equals("at")) && i >= 2 && tollWords(t, i)) {
                return true;
            }
        }
        for (int b = Math.max(0, v.from() - WORDS_BETWEEN); b < v.from(); b++) {
            if (NOT_BEFORE.contains(t.get(b).key())) {
                return false;
            }
        }
        for (int j = v.to(); j < Math.min(t.size(), v.to() + WORDS_BETWEEN + 1) && Residences.spaceBetween(s, j - 1, j); j++) {
            String k = t.get(j).key();
            if (k.equals("killed") || k.equals("dead") || k.equals("died")) {
                return true;
            }
            if (t.get(j).isNumeric() || NOT_A_TOLL.contains(k) || NOT_BETWEEN.contains(k)) {
                return false;
            }
        }
        return false;
    }

    /** "death toll rose to", "toll stood at": the words before "to" or "at" name a toll. */
    private static boolean tollWords(List<Token> t, int at) {
        for (int i = at - 1; i >= Math.max(0, at - 3); i--) {
            if (t.get(i).key().equals("toll")) {
                return true;
            }
        }
        return false;
    }
}
