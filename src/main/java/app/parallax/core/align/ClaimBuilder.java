package app.parallax.core.align;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import java.util.List;

/** Groups links into claims. (Being written.) */
public final class ClaimBuilder {
    private ClaimBuilder() {
    }

    public static List<Claim> build(List<Article> articles, List<Passage> passages, List<Link> links) {
        return List.of();
    }
}
