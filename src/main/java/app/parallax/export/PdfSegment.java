package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of an article shown as one cell of the side-by-side layout: a passage, or text no
 * passage covers (then {@code passageId} is null), so that every word of the article is shown.
 */
record PdfSegment(TextRange range, String passageId) {

    /** The article cut into passages and uncovered paragraphs, in text order. */
    static List<PdfSegment> of(ComparisonResult result, Article article) {
        List<Passage> passages = new ArrayList<>(result.passagesOf(article.id()));
        passages.sort(Comparator.comparingInt(Passage::start));
        List<PdfSegment> out = new ArrayList<>();
        int pos = 0;
        for (Passage p : passages) {
            if (p.start() < pos) {
                continue;
            }
            gap(article.text(), pos, p.start(), out);
            out.add(new PdfSegment(p.range(), p.id()));
            pos = p.end();
        }
        gap(article.text(), pos, article.text().length(), out);
        return out;
    }

    private static void gap(String text, int from, int to, List<PdfSegment> out) {
        int start = from;
        while (start < to) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 || newline > to ? to : newline;
            if (!text.substring(start, end).isBlank()) {
                out.add(new PdfSegment(new TextRange(start, end), null));
            }
            start = end + 1;
        }
    }
}
