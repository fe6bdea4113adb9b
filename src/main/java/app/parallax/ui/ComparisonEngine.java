package app.parallax.ui;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import java.util.List;

/** What the reader asks to compare articles; the app uses the standard engine, tests a fixture. */
@FunctionalInterface
public interface ComparisonEngine {

    /** Blocking; called on a background thread. */
    ComparisonResult compare(List<Article> articles, ProgressListener progress);

    /** {@code Comparison.standard()}. */
    static ComparisonEngine standard() {
        Comparison comparison = Comparison.standard();
        return comparison::run;
    }
}
