package app.parallax.core.text;

import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which word of one passage stands for which word of the other: the same word or stem (an irregular
 * verb's forms too: "left" / "leaving", "held" / "holds"), the same
 * number written another way ("five" / "5", "1,098" / "1098"), a name spelled two ways
 * (Madeleine / Madelyn), or, with the model's token vectors, a word used the same way in context
 * ("served" / "held"). Function words are aligned only next to an aligned word on both sides
 * ("since [2002]" / "since [2003]"). From the alignment follow how much of each passage the other
 * covers and the stretch they share.
 */
public final class WordAlignment {

    /** Minimum cosine of two words' contextual vectors to align them when their forms differ. */
    static final double CONTEXT_COSINE = 0.80;

    private final List<Token> a;
    private final List<Token> b;
    private final int[] aToB;
    private final int[] bToA;
    /** Which tokens are content words ({@link #isContent}), by side. */
    private final boolean[] contentA;
    private final boolean[] contentB;

    private WordAlignment(List<Token> a, List<Token> b, int[] aToB, int[] bToA, boolean[] contentA, boolean[] contentB) {
        this.a = a;
        this.b = b;
        this.aToB = aToB;
        this.bToA = bToA;
        this.contentA = contentA;
        this.contentB = contentB;
    }

    /** Aligns by form and value alone. */
    public static WordAlignment of(List<Token> a, List<Token> b) {
        return of(PassageWords.of(a), PassageWords.of(b), null, null);
    }

    /**
     * @param vectorsA contextual vectors per token of {@code a} (some tokens may have none), or null
     * @param vectorsB the same for {@code b}
     */
    public static WordAlignment of(List<Token> a, List<Token> b, @org.jspecify.annotations.Nullable QuantisedVectors vectorsA,
                                   @org.jspecify.annotations.Nullable QuantisedVectors vectorsB) {
        return of(PassageWords.of(a), PassageWords.of(b), vectorsA, vectorsB);
    }

    /** Aligns by form and value alone, from the passages' words made beforehand. */
    public static WordAlignment of(PassageWords a, PassageWords b) {
        return of(a, b, null, null);
    }

    /**
     * Aligns two passages from their words made beforehand ({@link PassageWords}), as
     * {@link #of(List, List, QuantisedVectors, QuantisedVectors)} aligns their tokens.
     */
    public static WordAlignment of(PassageWords wordsA, PassageWords wordsB,
                                   @org.jspecify.annotations.Nullable QuantisedVectors vectorsA,
                                   @org.jspecify.annotations.Nullable QuantisedVectors vectorsB) {
        List<Token> a = wordsA.tokens();
        List<Token> b = wordsB.tokens();
        int[] ab = new int[a.size()];
        int[] ba = new int[b.size()];
        Arrays.fill(ab, -1);
        Arrays.fill(ba, -1);
        boolean[] contentA = wordsA.contentFlags();
        boolean[] contentB = wordsB.contentFlags();
        bySameTerm(wordsA, wordsB, ab, ba);
        bySpelling(a, b, contentA, wordsA.names(), wordsB.names(), ab, ba);
        if (vectorsA != null && vectorsB != null) {
            byContext(a, b, contentA, contentB, vectorsA, vectorsB, ab, ba);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < a.size(); i++) {
                if (ab[i] >= 0 || contentA[i]) {
                    continue;
                }
                int j = neighbourPartner(ab, i, a, b, ba);
                if (j >= 0) {
                    link(ab, ba, i, j);
                    changed = true;
                }
            }
        }
        return new WordAlignment(a, b, ab, ba, contentA, contentB);
    }

    /**
     * Content words of one verb term on both sides, the best placed pairs first ({@link #placement};
     * on a tie, in order of a's word, then b's).
     */
    private static void bySameTerm(PassageWords wordsA, PassageWords wordsB, int[] ab, int[] ba) {
        List<Token> a = wordsA.tokens();
        List<Token> b = wordsB.tokens();
        List<double[]> sameTerm = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String term = wordsA.verbTerm(i);
            int[] same = term == null ? null : wordsB.withVerbTerm(term);
            if (same != null) {
                for (int j : same) {
                    sameTerm.add(new double[] {placement(a, b, i, j), i, j});
                }
            }
        }
        sameTerm.sort((x, y) -> Double.compare(x[0], y[0]));
        for (double[] p : sameTerm) {
            link(ab, ba, (int) p[1], (int) p[2]);
        }
    }

    /** Names left unaligned, matched when they may be one name spelled two ways. */
    private static void bySpelling(List<Token> a, List<Token> b, boolean[] contentA, NameForms formsA, NameForms formsB,
                                   int[] ab, int[] ba) {
        for (int i = 0; i < a.size(); i++) {
            if (ab[i] < 0 && contentA[i] && a.get(i).capitalized() && !a.get(i).isNumeric()) {
                for (int j = 0; j < b.size(); j++) {
                    if (ba[j] < 0 && b.get(j).capitalized() && formsA.variants(i, formsB, j)) {
                        link(ab, ba, i, j);
                        break;
                    }
                }
            }
        }
    }

    /** Content words left unaligned, matched by the cosine of their contextual vectors, best first. */
    private static void byContext(List<Token> a, List<Token> b, boolean[] contentA, boolean[] contentB,
                                  QuantisedVectors va, QuantisedVectors vb, int[] ab, int[] ba) {
        List<double[]> pairs = new ArrayList<>();
        boolean[] freeB = new boolean[b.size()];
        for (int j = 0; j < b.size(); j++) {
            freeB[j] = ba[j] < 0 && vb.has(j) && !b.get(j).isNumeric() && contentB[j];
        }
        for (int i = 0; i < a.size(); i++) {
            if (ab[i] >= 0 || !va.has(i) || a.get(i).isNumeric() || !contentA[i]) {
                continue;
            }
            for (int j = 0; j < b.size(); j++) {
                if (!freeB[j]) {
                    continue;
                }
                double c = va.cosine(i, vb, j);
                if (c >= CONTEXT_COSINE) {
                    pairs.add(new double[] {c, i, j});
                }
            }
        }
        pairs.sort((x, y) -> Double.compare(y[0], x[0]));
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (ab[i] < 0 && ba[j] < 0) {
                link(ab, ba, i, j);
            }
        }
    }

    /**
     * A function word's partner: the same word on the other side right before or after the partner
     * of an aligned neighbour.
     */
    private static int neighbourPartner(int[] ab, int i, List<Token> a, List<Token> b, int[] ba) {
        String key = a.get(i).key();
        int j = besideNeighbourPartner(ab, i + 1, -1, key, b, ba);
        return j >= 0 ? j : besideNeighbourPartner(ab, i - 1, 1, key, b, ba);
    }

    /**
     * The token of b at {@code step} from the partner of a's token {@code n}, when it is free and
     * reads {@code key}; else -1 (also when n is outside a or unaligned).
     */
    private static int besideNeighbourPartner(int[] ab, int n, int step, String key, List<Token> b, int[] ba) {
        if (n < 0 || n >= ab.length || ab[n] < 0) {
            return -1;
        }
        int j = ab[n] + step;
        return j >= 0 && j < b.size() && ba[j] < 0 && b.get(j).key().equals(key) ? j : -1;
    }

    private static void link(int[] ab, int[] ba, int i, int j) {
        if (j >= 0 && ab[i] < 0 && ba[j] < 0) {
            ab[i] = j;
            ba[j] = i;
        }
    }

    /**
     * How badly token i of a and token j of b (one term) fit as partners, lowest first: the gap
     * between their relative positions, less {@value #SAME_NEIGHBOUR} for each neighbour that is the
     * same word on both sides. When a word occurs more than once, each occurrence goes to the one
     * in the same phrase ("an ill [woman] … killings of two young [women] at" / "slayings of four
     * [women] at"), not to whichever comes first.
     */
    private static double placement(List<Token> a, List<Token> b, int i, int j) {
        double gap = Math.abs((double) j / Math.max(1, b.size()) - (double) i / Math.max(1, a.size()));
        int same = 0;
        if (i > 0 && j > 0 && a.get(i - 1).key().equals(b.get(j - 1).key())) {
            same++;
        }
        if (i + 1 < a.size() && j + 1 < b.size() && a.get(i + 1).key().equals(b.get(j + 1).key())) {
            same++;
        }
        return gap - SAME_NEIGHBOUR * same;
    }

    /** What a same word beside both occurrences is worth against their distance in relative position. */
    private static final double SAME_NEIGHBOUR = 0.5;

    /** A word that says what a passage is about: not a function word, or a number. */
    public static boolean isContent(Token t) {
        return t.isNumeric() || (!StopWords.contains(t.key()) && t.key().length() >= 2);
    }

    /** Weight of a word in coverage: names and numbers count double. */
    private static double weight(Token t, boolean content) {
        if (!content) {
            return 0;
        }
        return t.isNumeric() || (t.capitalized() && !t.sentenceInitial()) ? 2 : 1;
    }

    /** The token of b aligned with token i of a, or -1. */
    public int partnerOfA(int i) {
        return aToB[i];
    }

    /** The token of a aligned with token j of b, or -1. */
    public int partnerOfB(int j) {
        return bToA[j];
    }

    /** Share of a's content (by weight) that b covers, in [0, 1]; 0 when a has none. */
    public double coverageOfA() {
        return coverage(a, aToB, contentA);
    }

    /** Share of b's content (by weight) that a covers. */
    public double coverageOfB() {
        return coverage(b, bToA, contentB);
    }

    /** How much of the shorter passage's content the other covers. */
    public double coverageOfShorter() {
        return contentWeight(a, contentA) <= contentWeight(b, contentB) ? coverageOfA() : coverageOfB();
    }

    private static double contentWeight(List<Token> tokens, boolean[] content) {
        double sum = 0;
        for (int i = 0; i < tokens.size(); i++) {
            sum += weight(tokens.get(i), content[i]);
        }
        return sum;
    }

    private static double coverage(List<Token> tokens, int[] partner, boolean[] content) {
        double all = 0;
        double covered = 0;
        for (int i = 0; i < tokens.size(); i++) {
            double w = weight(tokens.get(i), content[i]);
            all += w;
            covered += partner[i] >= 0 ? w : 0;
        }
        return all == 0 ? 0 : covered / all;
    }

    /** Side a's stretch from its first to its last aligned content word; null when none. */
    public TextRange sharedA() {
        return shared(a, aToB, contentA);
    }

    /** Side b's stretch from its first to its last aligned content word; null when none. */
    public TextRange sharedB() {
        return shared(b, bToA, contentB);
    }

    private static TextRange shared(List<Token> tokens, int[] partner, boolean[] content) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (partner[i] >= 0 && content[i]) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new TextRange(tokens.get(first).range().start(), tokens.get(last).range().end());
    }
}
