package app.parallax.core.text;

import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins scraps to a neighbouring sentence of the same line. A scrap is a piece of one word
 * ("Stop!", "stirred.") or of two words ending in an abbreviation ("The U.S."): too little to
 * align on its own, and usually a sentence cut in the wrong place. It joins the sentence before
 * it, or the one after it when it opens the line. A short attribution after a closing quote
 * ({@code "…about 50 people?" Howard said.}) joins the quotation it attributes.
 */
final class Fragments {

    private static final int ATTRIBUTION_CHARS = 80;
    private static final Set<String> REPORTING = Set.of(
            "said", "says", "asked", "asks", "added", "adds", "told", "tells", "tweeted", "wrote", "writes",
            "replied", "explained", "insisted", "shouted", "stated", "declared", "noted", "recalled", "warned",
            "argued", "answered", "remarked", "posted", "continued", "concluded", "joked", "cried");

    private Fragments() {
    }

    /**
     * @param text   the article text
     * @param pieces consecutive stripped sentences of one line
     * @return the same text in pieces none of which is a scrap, unless the line is one
     */
    static List<TextRange> join(String text, List<TextRange> pieces) {
        List<TextRange> out = new ArrayList<>(pieces.size());
        int pendingStart = -1;
        for (TextRange piece : pieces) {
            int start = pendingStart >= 0 ? pendingStart : piece.start();
            pendingStart = -1;
            boolean attribution = !out.isEmpty() && endsWithQuote(text, out.get(out.size() - 1))
                    && isAttribution(text, piece);
            if (!isScrap(text, piece) && !attribution) {
                out.add(new TextRange(start, piece.end()));
            } else if (!out.isEmpty()) {
                out.set(out.size() - 1, new TextRange(out.get(out.size() - 1).start(), piece.end()));
            } else {
                pendingStart = start;
            }
        }
        if (pendingStart >= 0) {
            out.add(new TextRange(pendingStart, pieces.get(pieces.size() - 1).end()));
        }
        return out;
    }

    /** True for a piece of at most one word, or two ending in an abbreviation. */
    static boolean isScrap(String text, TextRange piece) {
        int words = 0;
        int lastStart = piece.start();
        int i = piece.start();
        while (i < piece.end() && words <= 2) {
            int start = i;
            while (i < piece.end() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (hasLetterOrDigit(text, start, i)) {
                words++;
                lastStart = start;
            }
            while (i < piece.end() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return words <= 1 || words == 2 && endsInAbbreviation(text, lastStart, piece.end());
    }

    /** A closing quote right after a sentence end: {@code ?"}, {@code .”}. */
    private static boolean endsWithQuote(String text, TextRange piece) {
        int end = piece.end();
        if (piece.length() < 2 || !isClosingQuote(text.charAt(end - 1))) {
            return false;
        }
        char before = text.charAt(end - 2);
        return before == '.' || before == '?' || before == '!' || before == ',';
    }

    private static boolean isClosingQuote(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'';
    }

    /** At most six words, ending with a period, with a reporting verb among the first three. */
    static boolean isAttribution(String text, TextRange piece) {
        if (piece.length() > ATTRIBUTION_CHARS || text.charAt(piece.end() - 1) != '.') {
            return false;
        }
        String[] words = text.substring(piece.start(), piece.end() - 1).split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (int i = 0; i < Math.min(3, words.length); i++) {
            if (REPORTING.contains(words[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInAbbreviation(String text, int start, int end) {
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        int e = end;
        while (e > start && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '.') {
            e--;
        }
        return Abbreviations.kindOf(text.substring(start, e)) != Abbreviations.Kind.NONE;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
