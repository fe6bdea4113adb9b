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
 * @param author   the byline's author name(s), possibly empty
 * @param url      the article's canonical web address when known, possibly empty
 */
public record Article(String id, String source, String outlet, String title, String date, String text,
                      String author, String url) {

    /** @throws NullPointerException if id, outlet or text is null; other nulls become "" */
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        source = source == null ? "" : source;
        title = title == null ? "" : title;
        date = date == null ? "" : date;
        author = author == null ? "" : author;
        url = url == null ? "" : url;
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
    }

    /** An article whose author and web address are not known. */
    public Article(String id, String source, String outlet, String title, String date, String text) {
        this(id, source, outlet, title, date, text, "", "");
    }

    /** Number of whitespace-separated words in the text. */
    public int wordCount() {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The same article under another outlet name (the user renamed it). */
    public Article withOutlet(String newOutlet) {
        return new Article(id, source, Objects.requireNonNull(newOutlet, "newOutlet"), title, date, text, author, url);
    }
}
