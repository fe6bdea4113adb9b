package app.parallax.core.classify;

import app.parallax.core.article.TextRange;
import app.parallax.core.diff.WordChange;
import app.parallax.core.diff.WordDiff;
import app.parallax.core.text.Spelling;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the word changes between two linked passages into classified {@link Difference}s: a
 * negation on one side ({@link Negation}) or a word swapped for its opposite ({@link Opposites})
 * is flagged; other replacements are spelling variants or wording; one-sided words are detail.
 * Typed values (numbers, days, names …) are compared where they stand by
 * {@code app.parallax.core.values.SlotComparer}, not here.
 */
public final class DifferenceClassifier {

    /** Share of the longer passage the diff must leave unchanged for a negation or opposite to count. */
    private static final double REST_MATCHED = 0.75;
    /** Or the passages' similarity must reach this. */
    private static final double CLOSE_SCORE = 0.7;

    private DifferenceClassifier() {
    }

    /**
     * @param a       side a's tokens
     * @param b       side b's tokens
     * @param changes the word diff of a and b
     * @param textA   article text a's token offsets index into
     * @param textB   article text b's token offsets index into
     * @param score   the passages' similarity, in [0, 1]
     * @return differences in side-a order, flags first; never null
     */
    public static List<Difference> classify(List<Token> a, List<Token> b, List<WordChange> changes, String textA,
                                            String textB, double score) {
        boolean close = score >= CLOSE_SCORE || restMatches(changes, a, b);
        List<Difference> out = new ArrayList<>();
        for (WordChange c : changes) {
            out.add(classifyChange(c, a, b, textA, textB, close));
        }
        for (int[] m : WordDiff.matches(changes, a.size(), b.size())) {
            if (Spelling.areVariants(a.get(m[0]).key(), b.get(m[1]).key())) {
                out.add(plain(DifferenceKind.SPELLING, new WordChange(m[0], m[0] + 1, m[1], m[1] + 1), a, b, textA, textB));
            }
        }
        out.sort(Comparator.comparing((Difference d) -> !d.isConflict()).thenComparingInt(d -> d.aRange().start()));
        return out;
    }

    private static Difference classifyChange(WordChange c, List<Token> a, List<Token> b, String textA, String textB,
                                             boolean close) {
        if (Negation.negatesOneSide(c, a, b, close)) {
            int aTo = c.aFrom() == c.aTo() ? Math.min(a.size(), c.aTo() + 1) : c.aTo();
            int bTo = c.bFrom() == c.bTo() ? Math.min(b.size(), c.bTo() + 1) : c.bTo();
            return flag(ConflictKind.NEGATION, a, c.aFrom(), aTo, b, c.bFrom(), bTo, textA, textB);
        }
        if (!c.isReplacement()) {
            return plain(DifferenceKind.DETAIL, c, a, b, textA, textB);
        }
        if (Negation.sameParity(a, b) && oppositeDirectionsAfterOneVerb(c, a, b)) {
            return flag(ConflictKind.OPPOSITE, a, c.aFrom(), c.aTo(), b, c.bFrom(), c.bTo(), textA, textB);
        }
        if (close && Negation.sameParity(a, b) && Opposites.swapped(c, a, b)) {
            return flag(ConflictKind.OPPOSITE, a, c.aFrom(), c.aTo(), b, c.bFrom(), c.bTo(), textA, textB);
        }
        if (isSpelling(c, a, b)) {
            return plain(DifferenceKind.SPELLING, c, a, b, textA, textB);
        }
        return plain(DifferenceKind.WORDING, c, a, b, textA, textB);
    }

    /**
     * The same word right before both sides of the change, and the change swaps one direction for its
     * opposite: "walking [out of] the store" / "walking [into] the store". Compared where it stands,
     * however much the rest of the passages differs.
     */
    private static boolean oppositeDirectionsAfterOneVerb(WordChange c, List<Token> a, List<Token> b) {
        if (c.aFrom() == 0 || c.bFrom() == 0 || c.aTo() - c.aFrom() > 2 || c.bTo() - c.bFrom() > 2) {
            return false;
        }
        Token before = a.get(c.aFrom() - 1);
        if (!before.key().equals(b.get(c.bFrom() - 1).key()) || !app.parallax.core.text.WordAlignment.isContent(before)) {
            return false;
        }
        return Lexicon.oppositeDirections(written(a, c.aFrom(), c.aTo()), written(b, c.bFrom(), c.bTo()));
    }

    private static String written(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT));
        }
        return sb.toString();
    }

    /** The passages read the same but for a few words: changed runs cover at most a quarter of the longer one. */
    private static boolean restMatches(List<WordChange> changes, List<Token> a, List<Token> b) {
        int changed = changes.stream().mapToInt(x -> Math.max(x.aTo() - x.aFrom(), x.bTo() - x.bFrom())).sum();
        return changed <= (1 - REST_MATCHED) * Math.max(a.size(), b.size());
    }

    private static boolean isSpelling(WordChange c, List<Token> a, List<Token> b) {
        if (c.aTo() - c.aFrom() != c.bTo() - c.bFrom()) {
            return false;
        }
        for (int i = 0; i < c.aTo() - c.aFrom(); i++) {
            String ka = a.get(c.aFrom() + i).key();
            String kb = b.get(c.bFrom() + i).key();
            if (!ka.equals(kb) && !Spelling.areVariants(ka, kb)) {
                return false;
            }
        }
        return true;
    }

    private static Difference flag(ConflictKind kind, List<Token> a, int aFrom, int aTo, List<Token> b, int bFrom,
                                   int bTo, String textA, String textB) {
        TextRange ra = span(a, aFrom, aTo);
        TextRange rb = span(b, bFrom, bTo);
        return new Difference(DifferenceKind.CONFLICT, kind, ra.of(textA), rb.of(textB), ra, rb);
    }

    private static Difference plain(DifferenceKind kind, WordChange c, List<Token> a, List<Token> b, String textA,
                                    String textB) {
        TextRange ra = span(a, c.aFrom(), c.aTo());
        TextRange rb = span(b, c.bFrom(), c.bTo());
        return new Difference(kind, null, ra.of(textA), rb.of(textB), ra, rb);
    }

    /** Offsets covering tokens [from, to); an empty range at the edit point when from == to. */
    private static TextRange span(List<Token> tokens, int from, int to) {
        if (from < to) {
            return new TextRange(tokens.get(from).range().start(), tokens.get(to - 1).range().end());
        }
        int at = from < tokens.size() ? tokens.get(from).range().start()
                : tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).range().end();
        return new TextRange(at, at);
    }
}
