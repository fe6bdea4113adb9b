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

    /** The share held; without word vectors, {@code aligned} (the share the word alignment covers). */
    static double softCover(PassageProfile shorter, PassageProfile longer, double aligned) {
        QuantisedVectors mine = shorter.wordVectors;
        QuantisedVectors theirs = longer.wordVectors;
        if (mine == null || theirs == null) {
            return aligned;
        }
        double all = 0;
        double held = 0;
        for (int k = 0; k < shorter.factContent.length; k++) {
            int i = shorter.factContent[k];
            double w = shorter.factIdf[k];
            all += w;
            held += w * Math.max(0, best(shorter.tokens.get(i).term(), mine, i, longer, theirs));
        }
        return all == 0 ? 0 : held / all;
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
            double w = shorter.factIdf[k];
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
