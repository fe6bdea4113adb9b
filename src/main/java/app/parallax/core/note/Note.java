package app.parallax.core.note;

import app.parallax.core.article.TextRange;
import java.time.Instant;
import java.util.Objects;

/**
 * A reader's note on a stretch of one article's text. Notes are the user's own words, saved
 * beside the story and carried into the PDF export as sticky notes.
 *
 * @param id        unique, stable across saves
 * @param articleId the article annotated
 * @param range     the annotated text's offsets in that article
 * @param quote     the annotated text as it was when the note was made, to re-find it if the
 *                  article changes
 * @param text      the note itself
 * @param created   when it was made
 */
public record Note(String id, String articleId, TextRange range, String quote, String text, Instant created) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(range, "range");
        quote = quote == null ? "" : quote;
        text = text == null ? "" : text;
        created = created == null ? Instant.EPOCH : created;
    }

    /** The same note with new text. */
    public Note withText(String newText) {
        return new Note(id, articleId, range, quote, newText, created);
    }
}
