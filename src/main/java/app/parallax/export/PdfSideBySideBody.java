package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The articles in columns on landscape pages, for printing: passages of one claim are drawn
 * level with each other (rows from {@link PdfRowAligner}), with a faint rule above each aligned
 * row. At most three columns share a page: more articles are split into consecutive runs of two
 * or three columns (4 → 2 + 2, 5 → 3 + 2, 7 → 3 + 2 + 2), each aligned within itself, so every
 * article is shown in full exactly once. Column headers repeat on every page.
 */
final class PdfSideBySideBody {

    static final float MARGIN = 36;
    static final float GUTTER = 24;
    static final float SIZE = 8.6f;
    static final float LEADING = 11.4f;
    static final float ROW_GAP = 6;
    static final float BOTTOM = 46;
    private static final float HEADER = 58;
    private static final Color ROW_RULE = new Color(0xe2, 0xe2, 0xe2);

    private final PdfPages pages;
    private final ComparisonResult result;
    private final PdfPlacement placement;
    private final PdfTextPainter painter;
    private final PDRectangle size = PdfPages.LANDSCAPE;
    private float y;

    PdfSideBySideBody(PdfPages pages, ComparisonResult result, PdfPlacement placement) {
        this.pages = pages;
        this.result = result;
        this.placement = placement;
        this.painter = new PdfTextPainter(pages, placement);
    }

    void write() throws IOException {
        for (List<Article> group : groups(result.articles())) {
            writeGroup(group);
        }
    }

    /** Articles split into runs of at most three, as even as possible, in order. */
    static List<List<Article>> groups(List<Article> articles) {
        int n = articles.size();
        int count = (n + 2) / 3;
        List<List<Article>> out = new ArrayList<>();
        int from = 0;
        for (int g = 0; g < count; g++) {
            int len = n / count + (g < n % count ? 1 : 0);
            out.add(articles.subList(from, from + len));
            from += len;
        }
        return out;
    }

    private void writeGroup(List<Article> group) throws IOException {
        float width = (size.getWidth() - 2 * MARGIN - (group.size() - 1) * GUTTER) / group.size();
        List<List<PdfSegment>> columns = group.stream().map(a -> PdfSegment.of(result, a)).toList();
        List<List<TextRange>> grey = group.stream().map(a -> result.passagesOf(a.id()).stream()
                .filter(Passage::boilerplate).map(Passage::range).toList()).toList();
        PdfLineBreaker breaker = new PdfLineBreaker(pages.regular(), SIZE, width);
        newPage(group, width);
        for (int c = 0; c < group.size(); c++) {
            placement.anchorArticle(group.get(c).id(), pages.page(), x(c, width), size.getHeight() - 30);
        }
        for (PdfSegment[] row : PdfRowAligner.rows(result, columns)) {
            List<List<PdfLine>> cells = new ArrayList<>();
            for (int c = 0; c < group.size(); c++) {
                cells.add(row[c] == null ? List.of()
                        : breaker.wrap(group.get(c).text(), row[c].range().start(), row[c].range().end()));
            }
            drawRow(group, width, cells, grey);
        }
    }

    /** Draws one row, kept on one page when it fits one, its cells' lines side by side. */
    private void drawRow(List<Article> group, float width, List<List<PdfLine>> cells, List<List<TextRange>> grey)
            throws IOException {
        int tallest = cells.stream().mapToInt(List::size).max().orElse(0);
        float height = tallest * LEADING;
        if (y - height < BOTTOM && height < size.getHeight() - HEADER - BOTTOM) {
            newPage(group, width);
        }
        if (cells.stream().filter(cell -> !cell.isEmpty()).count() > 1) {
            pages.rule(MARGIN, size.getWidth() - MARGIN, y - 1, 0.4f, ROW_RULE);
        }
        for (int i = 0; i < tallest; i++) {
            if (y - LEADING < BOTTOM) {
                newPage(group, width);
            }
            y -= LEADING;
            for (int c = 0; c < group.size(); c++) {
                if (i < cells.get(c).size()) {
                    Article a = group.get(c);
                    painter.paint(a.id(), a.text(), cells.get(c).get(i), pages.regular(), SIZE, x(c, width), y,
                            grey.get(c));
                }
            }
        }
        y -= ROW_GAP;
    }

    private float x(int column, float width) {
        return MARGIN + column * (width + GUTTER);
    }

    private void newPage(List<Article> group, float width) throws IOException {
        pages.newPage(size);
        float top = size.getHeight() - 30;
        for (int c = 0; c < group.size(); c++) {
            Article a = group.get(c);
            float x = x(c, width);
            pages.say(pages.bold(), 9.5f, PdfTextPainter.INK, x, top, pages.fit(pages.bold(), 9.5f, a.outlet(), width));
            pages.say(pages.regular(), 7.5f, PdfContinuousBody.MUTED, x, top - 11,
                    pages.fit(pages.regular(), 7.5f, a.title(), width));
        }
        pages.rule(MARGIN, size.getWidth() - MARGIN, top - 17, 0.6f, PdfContinuousBody.RULE);
        y = size.getHeight() - HEADER + 10;
    }
}
