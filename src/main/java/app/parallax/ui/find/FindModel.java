package app.parallax.ui.find;

import app.parallax.core.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Find across the shown articles: the query's occurrences (case ignored unless asked) in column order and
 * which one is current. Plain string matching over the article texts, so it stays well under a
 * millisecond for a story of a few articles and can run on the FX thread as the user types.
 */
public final class FindModel {

    /** One occurrence, {@code [start, end)} in an article's text. */
    public record Match(String articleId, int start, int end) {
    }

    private List<Match> matches = List.of();
    private int current = -1;

    /** Searches {@code articles} for {@code query}, ignoring case; an empty query finds nothing. The first match becomes current. */
    public void search(String query, List<Article> articles) {
        search(query, articles, Options.DEFAULT);
    }

    /** As {@link #search(String, List)}, with the bar's Match Case and Whole Words options. */
    public void search(String query, List<Article> articles, Options options) {
        List<Match> found = new ArrayList<>();
        if (!query.isEmpty()) {
            articles.forEach(a -> collect(query, a, options, found));
        }
        matches = List.copyOf(found);
        current = matches.isEmpty() ? -1 : 0;
    }

    private static void collect(String query, Article article, Options options, List<Match> out) {
        String text = article.text();
        int last = text.length() - query.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(!options.matchCase(), i, query, 0, query.length())
                    && (!options.wholeWords() || wordEdge(text, i - 1) && wordEdge(text, i + query.length()))) {
                out.add(new Match(article.id(), i, i + query.length()));
                i += query.length() - 1;
            }
        }
    }

    /** True when the character at {@code at} (or the text's end) does not continue a word. */
    private static boolean wordEdge(String text, int at) {
        return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }

    /**
     * How to match: {@code matchCase} tells "Paris" from "paris"; {@code wholeWords} finds "Ax"
     * but not the "ax" inside "taxi". (No regular expressions: a pattern typed as you go runs on
     * the UI thread, and some patterns take exponential time.)
     */
    public record Options(boolean matchCase, boolean wholeWords) {
        /** Case ignored, parts of words found. */
        public static final Options DEFAULT = new Options(false, false);
    }

    /** Moves to the next match (wrapping round) and returns it; empty when there are none. */
    public Optional<Match> step(int delta) {
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        current = Math.floorMod(current + delta, matches.size());
        return findCurrent();
    }

    public Optional<Match> findCurrent() {
        return current < 0 ? Optional.empty() : Optional.of(matches.get(current));
    }

    public List<Match> matches() {
        return matches;
    }

    /** "3 of 12", "No matches" for a query found nowhere, empty for no query. */
    public String count(String query) {
        if (query.isEmpty()) {
            return "";
        }
        return matches.isEmpty() ? "No matches" : (current + 1) + " of " + matches.size();
    }

    void clear() {
        matches = List.of();
        current = -1;
    }
}
