package app.parallax.core.text;

import app.parallax.core.article.TextRange;

/**
 * Recognises a headline, sub-heading or dateline line: short and without a sentence end. Such a
 * line is one passage, even when it holds an abbreviation or an ellipsis that ICU would break at.
 */
final class Headlines {

    /** Most words in a headline; a longer line without a final stop is a paragraph that lost it. */
    static final int MAX_WORDS = 25;

    private Headlines() {
    }

    /** True for a line of at most {@link #MAX_WORDS} words whose last character ends no sentence. */
    static boolean isHeadline(String text, TextRange line) {
        return line.length() > 0 && !endsSentence(text, line) && fewWords(text, line);
    }

    private static boolean endsSentence(String text, TextRange line) {
        int end = line.end();
        while (end > line.start() && isCloser(text.charAt(end - 1))) {
            end--;
        }
        char last = text.charAt(Math.max(line.start(), end - 1));
        return last == '.' || last == '?' || last == '!' || last == '…';
    }

    private static boolean fewWords(String text, TextRange line) {
        int words = 0;
        boolean inWord = false;
        for (int i = line.start(); i < line.end() && words <= MAX_WORDS; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }
        return words <= MAX_WORDS;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }
}
