package app.parallax.core.align;

import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A passage's clauses, as runs of its content words: a news sentence often packs several facts
 * ("Police arrested him on Tuesday, and he was charged with murder"), and another outlet may state
 * only one of them in a sentence of its own. A clause ends at a comma, semicolon, colon, dash,
 * bracket or quote mark between two words, or before a clause-opening conjunction ("and", "but",
 * "while", "which", "who", "because", "although", "whereas"); a clause with fewer than
 * {@link #MIN_WORDS} content words joins the next, so that "he said" or "on Tuesday" is never a
 * clause alone.
 */
final class Clauses {

    /** Fewest content words a clause has (a shorter run joins the next one). */
    static final int MIN_WORDS = 3;

    private static final Set<String> OPENERS = Set.of("and", "but", "while", "which", "who", "because",
            "although", "whereas");

    private Clauses() {
    }

    /**
     * The clauses of a passage.
     *
     * @param tokens  its tokens, offsets into the article text
     * @param text    the passage text
     * @param start   the passage's offset in the article text
     * @param content indexes of its content words among {@code tokens}, in order
     * @return each clause as the positions (into {@code content}) of its first and last content
     *         word plus one; a passage without a clause break is one clause
     */
    static List<int[]> of(List<Token> tokens, String text, int start, int[] content) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k < content.length; k++) {
            if (k - from >= MIN_WORDS && breakBefore(tokens, text, start, content[k - 1], content[k])) {
                out.add(new int[] {from, k});
                from = k;
            }
        }
        if (content.length > 0) {
            if (!out.isEmpty() && content.length - from < MIN_WORDS) {
                out.get(out.size() - 1)[1] = content.length;
            } else {
                out.add(new int[] {from, content.length});
            }
        }
        return out;
    }

    /** A clause mark between the content words at token indexes {@code prev} and {@code next}. */
    private static boolean breakBefore(List<Token> tokens, String text, int start, int prev, int next) {
        for (int t = prev + 1; t <= next; t++) {
            int gapFrom = tokens.get(t - 1).range().end() - start;
            int gapTo = tokens.get(t).range().start() - start;
            for (int i = Math.max(0, gapFrom); i < Math.min(text.length(), gapTo); i++) {
                switch (text.charAt(i)) {
                    case ',', ';', ':', '—', '–', '-', '(', ')', '"', '“', '”' -> {
                        return true;
                    }
                    default -> {
                    }
                }
            }
            if (t < next && OPENERS.contains(tokens.get(t).key())) {
                return true;
            }
        }
        return false;
    }
}
