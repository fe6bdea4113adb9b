package app.parallax.core;

import app.parallax.core.align.Aligner;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimBuilder;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.text.Segmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's front door: cut articles into passages, align passages across all articles at
 * once, diff and classify every link, and group links into claims.
 *
 * <pre>{@code
 * ComparisonResult result = Comparison.compare(articles);
 * }</pre>
 *
 * Blocking and thread-agnostic; instances are immutable and may be shared between threads.
 */
public final class Comparison {

    private final Segmenter segmenter;
    private final Aligner aligner;

    private Comparison(Segmenter segmenter, Aligner aligner) {
        this.segmenter = segmenter;
        this.aligner = aligner;
    }

    /** The standard engine. */
    public static Comparison standard() {
        return new Comparison(new Segmenter(), new Aligner());
    }

    /** Compares with the standard engine and no progress reporting. */
    public static ComparisonResult compare(List<Article> articles) {
        return standard().run(articles, ProgressListener.NONE);
    }

    /**
     * Compares the articles.
     *
     * @param articles any number (0 and 1 give results without links); ids must be unique
     * @param progress told of progress; use {@link ProgressListener#NONE} to ignore
     * @return the result, never null
     * @throws IllegalArgumentException if two articles share an id
     */
    public ComparisonResult run(List<Article> articles, ProgressListener progress) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(progress, "progress");
        requireUniqueIds(articles);
        List<Passage> passages = articles.parallelStream().map(segmenter::segment)
                .flatMap(List::stream).toList();
        progress.progress(articles.size(), articles.size() * 3L, "segmenting");
        List<Link> links = aligner.align(articles, passages, (done, total, stage) ->
                progress.progress(articles.size() + done * 2L * articles.size() / Math.max(1, total),
                        articles.size() * 3L, stage));
        List<Claim> claims = ClaimBuilder.build(articles, passages, links);
        progress.progress(articles.size() * 3L, articles.size() * 3L, "done");
        return new ComparisonResult(articles, passages, links, claims);
    }

    private static void requireUniqueIds(List<Article> articles) {
        Set<String> seen = new HashSet<>();
        for (Article a : articles) {
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("two articles have the id " + a.id());
            }
        }
    }
}
