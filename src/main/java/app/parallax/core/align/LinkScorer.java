package app.parallax.core.align;

/**
 * The similarity of two passages, in [0, 1]: with embeddings, a blend of meaning (the cosine of the
 * sentence vectors, rescaled so that unrelated sentences of one topic score near 0 and paraphrases
 * near 1) and shared rare words (IDF cosine); without, the words alone. One scorer serves linking,
 * the {@code pairs} command and every view, so the same two sentences always get the same score.
 */
final class LinkScorer {

    /** Cosine of two sentences of one topic that say different things; maps to 0. */
    static final double UNRELATED_COSINE = 0.55;
    /** Cosine of close paraphrases; maps to 1. */
    static final double PARAPHRASE_COSINE = 0.95;
    /** Share of meaning in the blend; words keep the rest (names, numbers, rare terms). */
    static final double MEANING_WEIGHT = 0.6;

    private final TermIndex index;

    LinkScorer(TermIndex index) {
        this.index = index;
    }

    double score(PassageProfile a, PassageProfile b) {
        double words = index.cosine(a, b);
        if (a.vector == null || b.vector == null) {
            return words;
        }
        return MEANING_WEIGHT * meaning(a.vector, b.vector) + (1 - MEANING_WEIGHT) * words;
    }

    /** The rescaled cosine of two unit vectors, in [0, 1]. */
    static double meaning(float[] a, float[] b) {
        return meaningOf(dot(a, b));
    }

    /** {@link #meaning} of a cosine already computed. */
    static double meaningOf(double cosine) {
        return Math.max(0, Math.min(1, (cosine - UNRELATED_COSINE) / (PARAPHRASE_COSINE - UNRELATED_COSINE)));
    }

    /** Dot product; four running sums let the processor overlap the multiplications. */
    static double dot(float[] a, float[] b) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (double) s0 + s1 + s2 + s3;
    }
}
