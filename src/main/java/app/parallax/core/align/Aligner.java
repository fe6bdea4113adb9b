package app.parallax.core.align;

import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import java.util.List;

/** Links passages across articles. (Being written.) */
public final class Aligner {
    public List<Link> align(List<Article> articles, List<Passage> passages, ProgressListener progress) {
        return List.of();
    }
}
