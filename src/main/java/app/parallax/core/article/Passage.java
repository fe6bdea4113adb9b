package app.parallax.core.article;

import java.util.Objects;

/**
 * A sentence (or headline, or boilerplate line) of one article: the unit Parallax aligns.
 *
 * @param id          unique within a comparison: {@code articleId + "#" + index}
 * @param articleId   the article it belongs to
 * @param index       its position in the article, from 0
 * @param range       character offsets into the article's text
 * @param text        the covered text, equal to {@code range.of(article.text())}
 * @param boilerplate true for lines a syndication site added (comment forms, "Related Articles",
 *                    video captions); they are kept in the text but never aligned
 */
public record Passage(String id, String articleId, int index, TextRange range, String text, boolean boilerplate) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(text, "text");
    }

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }

    /** The id a passage of {@code articleId} at {@code index} gets. */
    public static String idOf(String articleId, int index) {
        return articleId + "#" + index;
    }
}
