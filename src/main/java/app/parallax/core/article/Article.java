package app.parallax.core.article;

import java.util.Objects;

/**
 * One news report as Parallax compares it: its full text, unchanged, and what is known of it.
 *
 * @param id       short unique key within a comparison (e.g. {@code nytimes}); used in passage ids
 * @param source   where it came from (a path or URL), for display and export
 * @param outlet   the publisher's display name (e.g. "The New York Times")
 * @param title    the headline, possibly empty
 * @param date     publication date or dateline as written, possibly empty
 * @param text     the full text, exactly as read; passages index into it
 */
public record Article(String id, String source, String outlet, String title, String date, String text) {

    /** @throws NullPointerException if id, outlet or text is null; other nulls become "" */
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        date = date == null ? "" : date;
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** Number of whitespace-separated words in the text. */
    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
