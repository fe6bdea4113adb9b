package app.parallax.core.text;

import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins scraps to a neighbouring sentence of the same line. A scrap is a piece of one word
 * ("Stop!", "stirred.") or of two words ending in an abbreviation ("The U.S."): too little to
 * align on its own, and usually a sentence cut in the wrong place. It joins the sentence before
 * it, or the one after it when it opens the line.
 */
final class Fragments {

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
            if (!isScrap(text, piece)) {
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
