package app.parallax.core.classify;

import app.parallax.core.text.StopWords;
import app.parallax.core.text.Token;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises passages that only stamp a date or time ("May 2, 2013, 1:12 PM", "PUBLISHED:
 * THURSDAY, MAY 2, 2013", "Posted 11/27/2005 7:21 AM"): when an article was published or updated,
 * not a fact of the story, so two of them never make a dispute.
 */
final class Datelines {

    private static final Pattern CLOCK = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s*[ap]\\.?m\\b|\\b[ap]\\.m\\.|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STAMP_WORDS = Set.of("am", "pm", "gmt", "utc", "bst", "edt", "est", "pst", "pdt",
            "cst", "cdt", "ist", "cet", "et", "pt", "published", "updated", "posted", "last", "modified", "created");
    private static final int MAX_WORDS_BESIDE_A_TIME = 3;

    private Datelines() {
    }

    /** True when the tokens hold nothing but dates, times and stamp words, give or take a word or two. */
    static boolean isDateline(List<Token> tokens, String text) {
        if (tokens.isEmpty()) {
            return false;
        }
        int words = 0;
        for (Token t : tokens) {
            String k = t.key();
            if (!StopWords.contains(k) && !STAMP_WORDS.contains(k) && Lexicon.kindOf(k).isEmpty() && k.length() > 1) {
                words++;
            }
        }
        if (words <= 1) {
            return true;
        }
        String span = text.substring(tokens.get(0).range().start(), tokens.get(tokens.size() - 1).range().end());
        return words <= MAX_WORDS_BESIDE_A_TIME && CLOCK.matcher(span).find();
    }
}
