package app.parallax.core.text;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import java.util.List;

/** Cuts an article into passages. (Being written: first version returns nothing.) */
public final class Segmenter {
    public List<Passage> segment(Article article) {
        return List.of();
    }
}
