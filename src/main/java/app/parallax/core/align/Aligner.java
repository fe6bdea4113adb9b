package app.parallax.core.align;

import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceClassifier;
import app.parallax.core.diff.WordDiff;
import app.parallax.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Links passages of different articles that report the same thing, all articles at once and
 * independent of order. Candidates come from an inverted index of content terms, rarest first;
 * only passages sharing a rare term are ever scored. Scores are cosine similarities of
 * IDF-weighted term sets. A pair becomes a link when it clears the threshold (and, just above it,
 * shares at least two rare terms) and the two passages are each other's best match in their
 * articles; a clearly similar pair where only one side is the other's best match is kept too,
 * which lets one long sentence link to the two short ones that say the same thing elsewhere.
 */
public final class Aligner {

    /** Minimum similarity for a link. */
    public static final double DEFAULT_THRESHOLD = 0.25;
    private static final int MAX_CANDIDATES = 24;
    /**
     * A pair where only one side is the other's best match (one sentence covering what two say
     * elsewhere) needs this much similarity; mutual best matches need only the threshold.
     */
    private static final double ONE_SIDED = 0.35;
    /**
     * Just above the threshold, topic words alone can carry a score; there a link also needs two
     * shared rare terms. Measured on a hand-made gold alignment of the corpus (README).
     */
    private static final double WEAK_BAND = 0.07;
    private static final int RARE_TERMS_IN_WEAK_BAND = 2;

    private final double threshold;

    public Aligner() {
        this(DEFAULT_THRESHOLD);
    }

    /** @param threshold minimum cosine similarity in (0, 1] for two passages to be linked */
    public Aligner(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /**
     * @param articles the articles, giving each passage's text and order
     * @param passages all passages of all articles; boilerplate ones are skipped
     * @return links with classified differences, side a always the earlier article; never null
     */
    public List<Link> align(List<Article> articles, List<Passage> passages, ProgressListener progress) {
        List<PassageProfile> profiles = profiles(articles, passages);
        TermIndex index = new TermIndex(profiles);
        progress.progress(1, 4, "indexing passages");
        Map<Long, Double> scores = candidateScores(profiles, index);
        progress.progress(2, 4, "aligning passages");
        List<long[]> chosen = select(profiles, scores, articles.size());
        progress.progress(3, 4, "comparing words");
        List<Link> links = chosen.parallelStream().map(pair -> link(profiles.get((int) pair[0]),
                profiles.get((int) pair[1]), Double.longBitsToDouble(pair[2]), articles)).toList();
        progress.progress(4, 4, "aligned");
        return links;
    }


    private static List<PassageProfile> profiles(List<Article> articles, List<Passage> passages) {
        Map<String, Integer> articleIndex = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            articleIndex.put(articles.get(i).id(), i);
        }
        List<Passage> content = passages.stream().filter(p -> !p.boilerplate()).toList();
        for (Passage p : content) {
            if (!articleIndex.containsKey(p.articleId())) {
                throw new IllegalArgumentException("passage " + p.id() + " has no article");
            }
        }
        return IntStream.range(0, content.size()).parallel().mapToObj(i -> {
            Passage p = content.get(i);
            int ai = articleIndex.get(p.articleId());
            return new PassageProfile(i, ai, p, Tokenizer.tokenize(articles.get(ai).text(), p.start(), p.end()));
        }).toList();
    }

    private Map<Long, Double> candidateScores(List<PassageProfile> profiles, TermIndex index) {
        Map<Long, Double> scores = new ConcurrentHashMap<>();
        profiles.parallelStream().forEach(p -> {
            for (int other : index.candidates(p, MAX_CANDIDATES)) {
                PassageProfile q = profiles.get(other);
                long key = pairKey(p.index, q.index);
                if (!scores.containsKey(key)) {
                    double s = index.cosine(p, q);
                    if (s >= threshold && (s >= threshold + WEAK_BAND || index.sharedRareTerms(p, q) >= RARE_TERMS_IN_WEAK_BAND)) {
                        scores.put(key, s);
                    }
                }
            }
        });
        return scores;
    }

    /**
     * Keeps a scored pair when each side is the other's best match within its article, or when one
     * is and the score reaches {@link #ONE_SIDED}.
     */
    private static List<long[]> select(List<PassageProfile> profiles, Map<Long, Double> scores, int articleCount) {
        double[][] best = new double[profiles.size()][articleCount];
        scores.forEach((key, s) -> {
            int a = (int) (key >>> 32);
            int b = (int) (long) key;
            best[a][profiles.get(b).articleIndex] = Math.max(best[a][profiles.get(b).articleIndex], s);
            best[b][profiles.get(a).articleIndex] = Math.max(best[b][profiles.get(a).articleIndex], s);
        });
        List<long[]> out = new ArrayList<>();
        scores.forEach((key, s) -> {
            int a = (int) (key >>> 32);
            int b = (int) (long) key;
            boolean bestForA = s >= best[a][profiles.get(b).articleIndex];
            boolean bestForB = s >= best[b][profiles.get(a).articleIndex];
            if ((bestForA && bestForB) || ((bestForA || bestForB) && s >= ONE_SIDED)) {
                out.add(new long[] {a, b, Double.doubleToLongBits(s)});
            }
        });
        out.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        return out;
    }

    private static Link link(PassageProfile a, PassageProfile b, double score, List<Article> articles) {
        String textA = articles.get(a.articleIndex).text();
        String textB = articles.get(b.articleIndex).text();
        List<Difference> diffs = DifferenceClassifier.classify(a.tokens, a.slots, b.tokens, b.slots,
                WordDiff.diff(a.tokens, b.tokens), textA, textB, score);
        return new Link(a.passage.id(), b.passage.id(), Math.round(score * 1000) / 1000.0, diffs);
    }

    /** Orders a pair so the passage of the earlier article (then earlier passage) comes first. */
    private static long pairKey(int x, int y) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        return ((long) lo << 32) | hi;
    }
}
