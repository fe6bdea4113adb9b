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
    /** Before a count, words a killing verb may stand behind: "killed [at least] 40". */
    private static final Set<String> BOUND_WORDS = Set.of("at", "least", "about", "some", "more", "than", "nearly",
            "almost", "an", "estimated", "around", "over");
    /** Words that make the count a part or a near miss: "four other people died", "two nearly killed". */
    private static final Set<String> NOT_A_TOLL = Set.of("other", "more", "nearly", "almost", "of");

    private DeathTolls() {
    }

    /** The passage's one death toll, or null when it gives none or several. */
    static @org.jspecify.annotations.Nullable Value of(SlotComparer.Side s) {
        Value toll = null;
        for (Value v : s.values()) {
            if (count(v, s) && governed(v, s)) {
                if (toll != null && toll.amount() != v.amount()) {
                    return null;
                }
                toll = toll == null ? v : toll;
            }
        }
        return toll;
    }

    /**
     * The one toll an article gives for the present, or null: none, several ("three people also died
     * in an air strike", "two people were killed when a shell hit"), or only dated ones.
     */
    static @org.jspecify.annotations.Nullable Value ofArticle(List<SlotComparer.Side> passages) {
        Value toll = null;
        for (SlotComparer.Side s : passages) {
            if (dated(s)) {
                continue;
            }
            Value v = of(s);
            if (v == null && tollsIn(s) > 1) {
                return null;
            }
            if (v != null) {
                if (toll != null && toll.amount() != v.amount()) {
                    return null;
                }
                toll = toll == null ? v : toll;
            }
        }
        return toll;
    }

    /**
     * Whether two passages' tolls are one event's toll told two ways: each the one present toll of
     * its article, different and not compatible ("at least four" and "five" may both hold), and
     * neither passage dated.
     */
    static boolean twoAccounts(Value a, SlotComparer.Side sideA, @org.jspecify.annotations.Nullable Value articleA,
                               Value b, SlotComparer.Side sideB, @org.jspecify.annotations.Nullable Value articleB) {
        return articleA != null && articleB != null && articleA.amount() == a.amount()
                && articleB.amount() == b.amount() && a.amount() != b.amount() && !ValueEquivalence.compatible(a, b)
                && !dated(sideA) && !dated(sideB);
    }

    /**
     * A passage that gives a year, a month or a date, or says "ago" or "earlier", speaks of that
     * time, maybe another event's.
     */
    private static boolean dated(SlotComparer.Side s) {
        return s.values().stream().anyMatch(v -> v.kind() == ConflictKind.YEAR || v.kind() == ConflictKind.MONTH
                || v.kind() == ConflictKind.DATE) || s.tokens().stream().anyMatch(t -> ANOTHER_TIME.contains(t.key()));
    }

    private static int tollsIn(SlotComparer.Side s) {
        return (int) s.values().stream().filter(v -> count(v, s) && governed(v, s)).mapToDouble(Value::amount)
                .distinct().count();
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
        while (i >= 0 && BOUND_WORDS.contains(t.get(i).key()) && plainGap(t, i, i + 1, s)) {
            i--;
        }
        if (i >= 0 && plainGap(t, i, i + 1, s)) {
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
        for (int j = v.to(); j < Math.min(t.size(), v.to() + WORDS_BETWEEN + 1) && plainGap(t, j - 1, j, s); j++) {
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

    /** Only spaces between tokens {@code i} and {@code j}: no comma, bracket or other mark. */
    private static boolean plainGap(List<Token> t, int i, int j, SlotComparer.Side s) {
        int from = t.get(i).range().end();
        int to = t.get(j).range().start();
        return to >= from && s.text().substring(from, to).isBlank();
    }
}
