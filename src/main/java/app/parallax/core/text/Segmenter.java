package app.parallax.core.text;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article into passages: one per sentence, one per headline or sub-heading line, and one
 * per boilerplate line. ICU's sentence iterator proposes sentence ends; {@code SentenceBreaks}
 * undoes those that news copy does not mean (after "Sen.", "U.S. Army", before a lower-case
 * attribution such as {@code "Is it over?" she asked}). A scrap of a word or two is joined to its
 * neighbour, and a sentence of more than {@value ClauseCutter#MAX_WORDS} words is cut at clause
 * boundaries, so no passage is a lone abbreviation and none is unbounded. A line never shares a
 * passage with another line. Linear in the length of the text.
 */
public final class Segmenter {

    /** Cloned per call: break iterators are not thread-safe, and building one is slow. */
    private static final BreakIterator SENTENCE_BREAKER = BreakIterator.getSentenceInstance(ULocale.ENGLISH);

    /**
     * @param article the article to cut; never null
     * @return the article's passages in text order, ids {@code articleId#index}; empty for an
     *         article without text
     */
    public List<Passage> segment(Article article) {
        String text = article.text();
        List<TextRange> lines = lines(text);
        BreakIterator breaker = (BreakIterator) SENTENCE_BREAKER.clone();
        boolean[] junk = BoilerplateRules.classify(text, lines);
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextRange line = lines.get(i);
            List<TextRange> pieces = junk[i] ? ClauseCutter.cut(text, line) : sentences(breaker, text, line);
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
            TextRange r = ClauseCutter.strip(text, start, end);
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

    /**
     * Sentences of one line, as stripped ranges, scraps joined and long ones cut. A short line
     * without a sentence end is a headline or dateline and stays whole, whatever abbreviations or
     * ellipses it holds ("Singer Checks Out Of Rehab... Into Another").
     */
    static List<TextRange> sentences(BreakIterator it, String text, TextRange line) {
        if (Headlines.isHeadline(text, line)) {
            return ClauseCutter.cut(text, line);
        }
        List<TextRange> out = new ArrayList<>();
        for (TextRange sentence : Fragments.join(text, proposedSentences(it, text, line))) {
            out.addAll(ClauseCutter.cut(text, sentence));
        }
        return out;
    }

    private static List<TextRange> proposedSentences(BreakIterator it, String text, TextRange line) {
        it.setText(new StringCharacterIterator(text, line.start(), line.end(), line.start()));
        List<TextRange> out = new ArrayList<>();
        int from = line.start();
        for (int e = it.following(line.start()); e != BreakIterator.DONE; e = it.next()) {
            if (e < line.end() && SentenceBreaks.continues(text, line.start(), line.end(), e)) {
                continue;
            }
            TextRange r = ClauseCutter.strip(text, from, e);
            if (r.length() > 0) {
                out.add(r);
            }
            from = e;
        }
        return out;
    }
}
