package app.parallax.core.align;

import java.util.List;

/**
 * What speaks for linking two passages, each signal scaled to about [0, 1]. The link decision
 * ({@link LinkModel}) weighs them with coefficients fitted on annotated news, not by hand.
 *
 * @param meaning      sentence-vector cosine, rescaled so that unrelated sentences of one topic score 0
 * @param cosine       the raw sentence-vector cosine (0 without vectors): keeps the ranking below the
 *                     rescaled range
 * @param words        cosine of the IDF-weighted content terms
 * @param coverShorter share of the shorter passage's content (by IDF) that the other's words cover:
 *                     a fact inside a longer sentence scores near 1
 * @param coverLonger  the same for the longer passage
 * @param rareShared   rare terms both use (names, unusual words), a quarter each, at most 1
 * @param sameValues   typed values both state (a figure, a date), a third each, at most 1
 * @param otherValues  values of one type on both sides that differ and are not stated by the other
 *                     (two magnitudes, two days), a third each, at most 1: a sign of two events
 * @param bestBoth     1 when each passage is the other's best match in its article
 * @param bestOne      1 when exactly one of them is the other's best match
 * @param shortLength  how long the shorter passage is: log of its content words over log 40, at most 1
 * @param affinity     how much the two articles share overall: the share of the smaller article's
 *                     passages with a close match (blended score 0.45 or more) in the other; two
 *                     reports of one event share many facts, reports of two events few
 * @param neighbours   1 when a passage next to each (before both or after both) is also a close pair
 * @param softCover    how much of the shorter passage's content the longer holds, word by word in
 *                     context (BERTScore-style; see {@link ContextCover})
 * @param sharedNames  how much of what the two articles name and state they share (Jaccard of the
 *                     words of their people, places and organisations and of their figures, dates
 *                     and times): two reports of one event name the same people and places and
 *                     give mostly the same figures, reports of two similar events other ones.
 *                     Only for a pair where one passage is the other's best match, 0 otherwise: said
 *                     of two whole articles, it would otherwise lift every pair of two long reports
 *                     of one event, however little the two passages share
 */
public record LinkEvidence(double meaning, double cosine, double words, double coverShorter, double coverLonger,
                           double rareShared, double sameValues, double otherValues, double bestBoth, double bestOne,
                           double shortLength, double affinity, double neighbours, double softCover,
                           double sharedNames) {

    /** The feature names, in the order of {@link #features()}. */
    public static final List<String> NAMES = List.of("meaning", "cosine", "words", "coverShorter", "coverLonger",
            "rareShared", "sameValues", "otherValues", "bestBoth", "bestOne", "shortLength", "affinity", "neighbours", "softCover",
            "sharedNames");

    /** The same evidence with another {@code softCover}. */
    public LinkEvidence withSoftCover(double value) {
        return new LinkEvidence(meaning, cosine, words, coverShorter, coverLonger, rareShared, sameValues, otherValues,
                bestBoth, bestOne, shortLength, affinity, neighbours, value, sharedNames);
    }

    /** The signals in the order of {@link #NAMES}. */
    public double[] features() {
        return new double[] {meaning, cosine, words, coverShorter, coverLonger, rareShared, sameValues, otherValues,
            bestBoth, bestOne, shortLength, affinity, neighbours, softCover, sharedNames};
    }
}
