package app.parallax.core.text;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts an article into passages: one per sentence, one per headline or sub-heading line, and one
 * per boilerplate line. Sentence boundaries come from ICU's break iterator with its English
 * abbreviation suppressions ("Mr.", "U.S."); on top of that, a break after a lone initial
 * ("Anna K. Larsen") or a title is undone.
 */
public final class Segmenter {

    /** Cloned per call: break iterators are not thread-safe, and building one is slow. */
    private static final BreakIterator SENTENCE_BREAKER = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    private static final Pattern NO_BREAK_AFTER = Pattern.compile(
            "(?:(?<![\\p{L}.])\\p{Lu}|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr|Rev|Hon|Mt|Ft|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Ave|Blvd|Corp|Inc|Ltd|Co))\\.[\"”’)]?\\s*$");

    /**
     * @return the article's passages in text order, ids {@code articleId#index}; empty for an
     *         article without text
     */
    public List<Passage> segment(Article article) {
        String text = article.text();
        List<TextRange> lines = lines(text);
        BreakIterator breaker = (BreakIterator) SENTENCE_BREAKER.clone();
        boolean[] junk = BoilerplateRules.classify(lines.stream().map(r -> r.of(text)).toList());
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<TextRange> pieces = junk[i] ? List.of(lines.get(i)) : sentences(breaker, text, lines.get(i));
            for (TextRange r : pieces) {
                out.add(new Passage(Passage.idOf(article.id(), out.size()), article.id(), out.size(), r,
                        r.of(text), junk[i]));
            }
        }
        return out;
    }

    /** Non-blank lines as stripped ranges. */
    static List<TextRange> lines(String text) {
        List<TextRange> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            TextRange r = strip(text, start, end);
            if (r.length() > 0) {
                out.add(r);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    /** Sentences of one line, as stripped ranges. */
    static List<TextRange> sentences(BreakIterator it, String text, TextRange line) {
        it.setText(line.of(text));
        List<TextRange> out = new ArrayList<>();
        int pendingStart = -1;
        for (int s = it.first(), e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            int from = pendingStart >= 0 ? pendingStart : line.start() + s;
            int to = line.start() + e;
            if (e < line.length() && NO_BREAK_AFTER.matcher(text.substring(Math.max(from, to - 12), to)).find()) {
                pendingStart = from;
                continue;
            }
            pendingStart = -1;
            TextRange r = strip(text, from, to);
            if (r.length() > 0) {
                out.add(r);
            }
        }
        return out;
    }

    private static TextRange strip(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new TextRange(start, end);
    }
}
