package app.parallax.core.align;

/**
 * How much of the shorter passage the longer holds, word by word in context (BERTScore-style):
 * each content word of the shorter counts, by its IDF, the best cosine of its contextual vector
 * with a content word of the longer (1 for the same term), so a fact inside a longer sentence
 * counts as held. The costliest signal of a link: every content word of one passage meets every
 * one of the other, so {@link #bounds} first says what it can be without comparing vectors.
 */
final class ContextCover {

    private ContextCover() {
    }

    /** The share held; without word vectors, {@code aligned} (the share the word alignment covers). */
    static double softCover(PassageProfile shorter, PassageProfile longer, TermIndex index, double aligned) {
        if (shorter.wordVectors == null || longer.wordVectors == null) {
            return aligned;
        }
        double all = 0;
        double held = 0;
        for (int i : shorter.factContent) {
            app.parallax.core.text.Token t = shorter.tokens.get(i);
            boolean v = shorter.wordVectors.has(i);
            double w = index.idfOf(t.term());
            double best = 0;
            for (int k = 0; k < longer.content.length && best < 1; k++) {
                int j = longer.content[k];
                if (longer.tokens.get(j).term().equals(t.term())) {
                    best = 1;
                } else if (v) {
                    best = Math.max(best, shorter.wordVectors.cosine(i, longer.wordVectors, j));
                }
            }
            all += w;
            held += w * Math.max(0, best);
        }
        return all == 0 ? 0 : held / all;
    }

    /**
     * {low, high} of {@link #softCover} without comparing vectors: a word whose term the longer
     * passage has counts 1, a word without a vector (or facing none) 0, any other between; null
     * without word vectors.
     */
    static double @org.jspecify.annotations.Nullable [] bounds(PassageProfile shorter, PassageProfile longer,
                                                               TermIndex index) {
        if (shorter.wordVectors == null || longer.wordVectors == null) {
            return null;
        }
        double all = 0;
        double lo = 0;
        double hi = 0;
        for (int i : shorter.factContent) {
            double w = index.idfOf(shorter.tokens.get(i).term());
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
