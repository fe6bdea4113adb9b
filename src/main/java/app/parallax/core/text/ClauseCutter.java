package app.parallax.core.text;

import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a run of text without a sentence end into passages of bounded size, so that a pasted page
 * with no full stops (or a 5 MB single line) costs the aligner and the word diff no more than
 * ordinary sentences do. A cut falls after a semicolon if one is near the limit, else after a comma,
 * colon or dash, else between words, and only as a last resort inside a very long word. Each
 * character is looked at a bounded number of times: cutting is linear in the length of the text.
 */
final class ClauseCutter {

    /** Most words in one passage. */
    static final int MAX_WORDS = 80;
    /** Most characters in one passage (a passage of long words, or one endless "word"). */
    static final int MAX_CHARS = 1_000;
    /** Fewest words left after a cut, so that a cut never strands a scrap. */
    private static final int MIN_TAIL = 12;

    private ClauseCutter() {
    }

    /**
     * @param text  the article text
     * @param range a stripped range of it
     * @return {@code range} itself when it is within bounds, else consecutive stripped pieces that
     *         cover it, none over {@link #MAX_WORDS} words or {@link #MAX_CHARS} characters
     */
    static List<TextRange> cut(String text, TextRange range) {
        List<TextRange> out = new ArrayList<>();
        int start = range.start();
        while (start < range.end()) {
            int end = nextCut(text, start, range.end());
            TextRange piece = strip(text, start, end);
            if (piece.length() > 0) {
                out.add(piece);
            }
            start = end;
        }
        return out;
    }

    /** Where the piece starting at {@code start} ends: {@code limit} if the rest fits. */
    private static int nextCut(String text, int start, int limit) {
        int[] ends = new int[MAX_WORDS + MIN_TAIL + 1];
        int words = 0;
        int i = skipSpace(text, start, limit);
        int charCap = start + MAX_CHARS;
        while (i < limit && words < ends.length) {
            int end = wordEnd(text, i, Math.min(limit, charCap + 1));
            if (end > charCap) {
                return words == 0 ? hardCut(text, charCap) : bestCut(text, ends, words);
            }
            ends[words++] = end;
            i = skipSpace(text, end, limit);
        }
        if (i >= limit && words <= MAX_WORDS) {
            return limit;
        }
        return bestCut(text, ends, i >= limit ? words - MIN_TAIL : MAX_WORDS);
    }

    /**
     * After the strongest clause mark among the second half of the first {@code words} words (at
     * most {@link #MAX_WORDS}), else after the last of them.
     */
    private static int bestCut(String text, int[] ends, int words) {
        int hi = Math.min(words, MAX_WORDS);
        int best = ends[hi - 1];
        int bestRank = 0;
        for (int k = hi - 1; k >= hi / 2; k--) {
            int rank = rankOf(text.charAt(ends[k] - 1));
            if (rank > bestRank) {
                best = ends[k];
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rankOf(char last) {
        return switch (last) {
            case ';' -> 2;
            case ',', ':', '—', '–' -> 1;
            default -> 0;
        };
    }

    /** A cut inside one endless word, never between the halves of a surrogate pair. */
    private static int hardCut(String text, int at) {
        return Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private static int wordEnd(String text, int i, int stop) {
        while (i < stop && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static TextRange strip(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(start, end);
    }
}
