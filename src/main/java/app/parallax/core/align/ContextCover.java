package app.parallax.core.align;

/**
 * How much of one passage the other holds, word by word in context (BERTScore-style): each content
 * word counts, by its IDF, the best cosine of its contextual vector with a content word of the
 * other passage (1 for the same term). Measured for the shorter passage as a whole
 * ({@code softCover}) and for the best-held clause of either passage ({@code clauseCover}), so that
 * one fact of a sentence that packs several still counts as held when another outlet states it
 * alone. The costliest signals of a link: every content word of one passage meets every one of
 * the other, so {@link #bounds} first says what they can be without comparing vectors.
 */
final class ContextCover {

    private ContextCover() {
    }

    /**
     * {softCover, clauseCover}; without word vectors, {@code aligned} (the share the word alignment
     * covers) and the clause cover by shared terms alone.
     */
    static double[] of(PassageProfile shorter, PassageProfile longer, TermIndex index, double aligned) {
        if (shorter.wordVectors == null || longer.wordVectors == null) {
            double[] exactS = exact(shorter, longer);
            double[] exactL = exact(longer, shorter);
            return new double[] {aligned, Math.max(bestClause(shorter, exactS, index), bestClause(longer, exactL, index))};
        }
        double[] bestS = new double[shorter.content.length];
        double[] bestL = new double[longer.content.length];
        for (int k = 0; k < shorter.content.length; k++) {
            int i = shorter.content[k];
            String term = shorter.tokens.get(i).term();
            boolean v = shorter.wordVectors.has(i);
            for (int m = 0; m < longer.content.length; m++) {
                int j = longer.content[m];
                double c;
                if (longer.tokens.get(j).term().equals(term)) {
                    c = 1;
                } else if (v && longer.wordVectors.has(j)) {
                    c = shorter.wordVectors.cosine(i, longer.wordVectors, j);
                } else {
                    continue;
                }
                bestS[k] = Math.max(bestS[k], c);
                bestL[m] = Math.max(bestL[m], c);
            }
        }
        return new double[] {share(shorter, bestS, 0, bestS.length, index),
            Math.max(bestClause(shorter, bestS, index), bestClause(longer, bestL, index))};
    }

    /**
     * {softCover low, high, clauseCover low, high} without comparing vectors: a word whose term the
     * other passage has counts 1, a word without a vector (or facing none) 0, any other between;
     * null without word vectors (then {@link #of} is cheap).
     */
    static double @org.jspecify.annotations.Nullable [] bounds(PassageProfile shorter, PassageProfile longer,
                                                               TermIndex index) {
        if (shorter.wordVectors == null || longer.wordVectors == null) {
            return null;
        }
        double[] loS = exact(shorter, longer);
        double[] loL = exact(longer, shorter);
        double[] hiS = open(shorter, longer, loS);
        double[] hiL = open(longer, shorter, loL);
        return new double[] {share(shorter, loS, 0, loS.length, index), share(shorter, hiS, 0, hiS.length, index),
            Math.max(bestClause(shorter, loS, index), bestClause(longer, loL, index)),
            Math.max(bestClause(shorter, hiS, index), bestClause(longer, hiL, index))};
    }

    /** 1 for each content word of {@code p} whose term {@code q} has, else 0. */
    private static double[] exact(PassageProfile p, PassageProfile q) {
        double[] out = new double[p.content.length];
        for (int k = 0; k < p.content.length; k++) {
            out[k] = q.contentTerms.contains(p.tokens.get(p.content[k]).term()) ? 1 : 0;
        }
        return out;
    }

    /** {@code exact}, raised to 1 where a word's vector could still find a match. */
    private static double[] open(PassageProfile p, PassageProfile q, double[] exact) {
        double[] out = exact.clone();
        boolean any = q.wordVectors != null && q.wordVectors.size() > 0;
        for (int k = 0; k < p.content.length; k++) {
            if (out[k] == 0 && any && p.wordVectors != null && p.wordVectors.has(p.content[k])) {
                out[k] = 1;
            }
        }
        return out;
    }

    private static double bestClause(PassageProfile p, double[] best, TermIndex index) {
        double max = 0;
        for (int[] c : p.clauses) {
            max = Math.max(max, share(p, best, c[0], c[1], index));
        }
        return max;
    }

    /** The IDF-weighted mean of {@code best} over content positions [from, to) of {@code p}. */
    private static double share(PassageProfile p, double[] best, int from, int to, TermIndex index) {
        double all = 0;
        double held = 0;
        for (int k = from; k < to; k++) {
            double w = index.idfOf(p.tokens.get(p.content[k]).term());
            all += w;
            held += w * Math.max(0, best[k]);
        }
        return all == 0 ? 0 : held / all;
    }
}
