package app.parallax.core.text;

import app.parallax.core.article.TextRange;

/**
 * One word or number of an article, keeping its text as written, its keys for comparison and
 * its offsets into the article text (from CollateX: content and normalised form kept apart).
 *
 * @param text  as written, e.g. "Tchaikowsky’s"
 * @param key   lower-case, accent-free, possessive dropped, e.g. "peskov"
 * @param term  stemmed and spelling-folded key used for matching, e.g. "tchaikovski" for "Tchaikowsky"
 * @param range offsets into the article text
 * @param capitalized true when written with an initial capital
 * @param sentenceInitial true when it opens its passage or follows a colon or opening quote
 */
public record Token(String text, String key, String term, TextRange range, boolean capitalized,
                   boolean sentenceInitial) {

    public boolean isNumeric() {
        return !key.isEmpty() && Character.isDigit(key.charAt(0));
    }

    /** Written as a possessive: "Friday's", "Wizards'", "Whitcombe’s". */
    public boolean possessive() {
        return text.endsWith("'s") || text.endsWith("\u2019s") || text.endsWith("s'") || text.endsWith("s\u2019");
    }
}
