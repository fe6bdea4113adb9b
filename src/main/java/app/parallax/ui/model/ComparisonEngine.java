package app.parallax.ui.model;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.semantic.Semantic;
import java.util.List;

/** What the reader asks to compare articles; the app uses the real engines, tests a fixture. */
@FunctionalInterface
public interface ComparisonEngine {

    /** Blocking; called on a background thread. */
    ComparisonResult compare(List<Article> articles, ProgressListener progress);

    /** The lexical engine: no model, shown at once. */
    static ComparisonEngine fast() {
        Comparison comparison = Comparison.standard();
        return (articles, progress) -> StartupPreload.fastResult(articles)
                .orElseGet(() -> comparison.run(articles, progress));
    }

    /**
     * The best comparison (sentence embeddings where available); slower on a cold cache, so the
     * reader shows {@link #fast()} first and replaces it with this one when ready.
     */
    static ComparisonEngine full() {
        Comparison comparison = Semantic.comparison();
        return comparison::run;
    }

    /** The engine the reader uses when only one is asked for. */
    static ComparisonEngine standard() {
        return full();
    }
}
