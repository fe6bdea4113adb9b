package app.parallax.core.align;

import app.parallax.core.text.QuantisedVectors;

/**
 * How much of the shorter passage the longer holds, word by word in context (BERTScore-style):
 * each content word of the shorter counts, by its IDF, the best cosine of its contextual vector
 * with a content word of the longer (1 for the same term), so a fact inside a longer sentence
 * counts as held. The costliest signal of a link: every content word of one passage meets every
 * one of the other, so {@link #bounds} first says what it can be without comparing vectors. The
 * IDF weights and the content words' terms are read from the profiles, made once a passage.
 */
final class ContextCover {

    private ContextCover() {
    }

    /** Says of a range of the share held whether every value in it decides a link alike. */
    interface Enough {
        boolean settles(double lo, double hi);
    }

    /**
     * The most a cosine of two quantised vectors can come to: 1, and a little more for the
     * rounding of their scales ({@link QuantisedVectors#cosine}, about 1e-7).
     */
    private static final double MAX_COSINE = 1 + 1e-6;

    /** The share held; without word vectors, {@code aligned} (the share the word alignment covers). */
    static double softCover(PassageProfile shorter, PassageProfile longer, double aligned) {
        return softCover(shorter, longer, aligned, null);
    }

    /**
     * The share held, computed only as far as {@code enough} needs: each word of the shorter
     * passage holds at least 1 when the longer has a word of its term and at most about 1 when it
     * has a vector, else exactly what its term gives; the words whose share is least known are
     * compared first, and once {@code enough} says the range left settles, its lower end is
     * returned. When it never does (or without {@code enough}) the share is exact, summed word
     * by word in order as ever.
     */
    static double softCover(PassageProfile shorter, PassageProfile longer, double aligned,
                            @org.jspecify.annotations.Nullable Enough enough) {
        QuantisedVectors mine = shorter.wordVectors;
        QuantisedVectors theirs = longer.wordVectors;
        if (mine == null || theirs == null) {
            return aligned;
        }
        int n = shorter.factContent.length;
        double[] idf = shorter.weighed.factIdf;
        double all = shorter.weighed.factIdfSum;
        double[] lo = new double[n];
        double[] hi = new double[n];
        double low = 0;
        double high = 0;
        for (int k = 0; k < n; k++) {
            int i = shorter.factContent[k];
            lo[k] = holdsTerm(longer, shorter.tokens.get(i).term()) ? 1 : 0;
            hi[k] = mine.has(i) ? MAX_COSINE : lo[k];
            low += idf[k] * lo[k];
            high += idf[k] * hi[k];
        }
        double[] best = new double[n];
        for (int k : leastKnownFirst(idf, lo, hi)) {
            if (enough != null && all != 0 && enough.settles(low / all, high / all)) {
                return low / all;
            }
            int i = shorter.factContent[k];
            best[k] = hi[k] == lo[k] ? lo[k] : best(shorter.tokens.get(i).term(), mine, i, longer, theirs);
            double w = idf[k];
            low += w * (Math.max(0, best[k]) - lo[k]);
            high += w * (Math.max(0, best[k]) - hi[k]);
        }
        double held = 0;
        for (int k = 0; k < n; k++) {
            held += idf[k] * Math.max(0, best[k]);
        }
        return all == 0 ? 0 : held / all;
    }

    /** Word places by how much their share is unknown (weight times range), most first; in order on a tie. */
    private static int[] leastKnownFirst(double[] weights, double[] lo, double[] hi) {
        int[] order = new int[weights.length];
        for (int k = 0; k < order.length; k++) {
            double unknown = weights[k] * (hi[k] - lo[k]);
            int at = k;
            while (at > 0 && weights[order[at - 1]] * (hi[order[at - 1]] - lo[order[at - 1]]) < unknown) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = k;
        }
        return order;
    }

    /** Whether a content word of {@code p} has this term. */
    private static boolean holdsTerm(PassageProfile p, String term) {
        int hash = term.hashCode();
        for (int k = 0; k < p.content.length; k++) {
            if (p.contentTermHash[k] == hash && p.contentTermAt[k].equals(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The best match of a word (its term, and index {@code i} of {@code vectors}) among
     * {@code longer}'s content words, in their order: 1 at a word of the same term, else the best
     * cosine, stopping once one reaches 1.
     */
    private static double best(String term, QuantisedVectors vectors, int i, PassageProfile longer,
                               QuantisedVectors theirs) {
        int hash = term.hashCode();
        boolean v = vectors.has(i);
        double best = 0;
        for (int k = 0; k < longer.content.length && best < 1; k++) {
            if (longer.contentTermHash[k] == hash && longer.contentTermAt[k].equals(term)) {
                best = 1;
            } else if (v) {
                best = Math.max(best, vectors.cosine(i, theirs, longer.content[k]));
            }
        }
        return best;
    }

    /**
     * {low, high} of {@link #softCover} without comparing vectors: a word whose term the longer
     * passage has counts 1, a word without a vector (or facing none) 0, any other between; null
     * without word vectors.
     */
    static double @org.jspecify.annotations.Nullable [] bounds(PassageProfile shorter, PassageProfile longer) {
        if (shorter.wordVectors == null || longer.wordVectors == null) {
            return null;
        }
        double all = 0;
        double lo = 0;
        double hi = 0;
        for (int k = 0; k < shorter.factContent.length; k++) {
            int i = shorter.factContent[k];
            double w = shorter.weighed.factIdf[k];
            all += w;
            if (longer.contentTerms.contains(shorter.tokens.get(i).term())) {
                lo += w;
                hi += w;
            } else if (shorter.wordVectors.has(i)) {
                hi += w;
            }
        }
        return all == 0 ? new double[] {0, 0} : new double[] {lo / all, hi / all};
    }
}
