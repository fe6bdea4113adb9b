package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The articles one after another on portrait pages: each starts on a new page under its outlet,
 * title and source, with "outlet — title" as the running header of its pages. The full text is
 * drawn as written, paragraph by paragraph; boilerplate passages are grey.
 */
final class PdfContinuousBody {

    static final float MARGIN = 62;
    static final float TOP = 64;
    static final float BOTTOM = 58;
    static final float SIZE = 10.5f;
    static final float LEADING = 14.6f;
    static final float PARAGRAPH = 5.5f;
    static final Color MUTED = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xcc, 0xcc, 0xcc);

    private final PdfPages pages;
    private final ComparisonResult result;
    private final PdfPlacement placement;
    private final PdfTextPainter painter;
    private final PDRectangle size = PdfPages.PORTRAIT;
    private float y;

    PdfContinuousBody(PdfPages pages, ComparisonResult result, PdfPlacement placement) {
        this.pages = pages;
        this.result = result;
        this.placement = placement;
        this.painter = new PdfTextPainter(pages, placement);
    }

    /** Draws one article from a new page on. */
    void write(Article article) throws IOException {
        float width = size.getWidth() - 2 * MARGIN;
        newPage(article);
        placement.anchorArticle(article.id(), pages.page(), MARGIN, size.getHeight() - TOP + 10);
        titleBlock(article, width);
        List<TextRange> grey = result.passagesOf(article.id()).stream()
                .filter(Passage::boilerplate).map(Passage::range).toList();
        PdfLineBreaker breaker = new PdfLineBreaker(pages.regular(), SIZE, width);
        for (PdfLine line : breaker.wrap(article.text())) {
            if (y - LEADING < BOTTOM) {
                newPage(article);
            }
            y -= LEADING;
            painter.paint(article.id(), article.text(), line, pages.regular(), SIZE, MARGIN, y, grey);
            if (line.paragraphEnd()) {
                y -= PARAGRAPH;
            }
        }
    }

    private void titleBlock(Article article, float width) throws IOException {
        y -= 14;
        pages.say(pages.bold(), 11, MUTED, MARGIN, y, pages.fit(pages.bold(), 11, article.outlet(), width));
        String title = article.title().isBlank() ? "(untitled)" : PdfPages.capped(article.title());
        PdfLineBreaker big = new PdfLineBreaker(pages.bold(), 17, width);
        for (PdfLine line : big.wrap(title)) {
            y -= 22;
            pages.say(pages.bold(), 17, PdfTextPainter.INK, MARGIN, y, title.substring(line.start(), line.end()));
        }
        y -= 14;
        pages.say(pages.regular(), 8.5f, MUTED, MARGIN, y, pages.fit(pages.regular(), 8.5f, meta(article), width));
        y -= 9;
        pages.rule(MARGIN, size.getWidth() - MARGIN, y, 0.6f, RULE);
        y -= 6;
    }

    static String meta(Article article) {
        StringBuilder b = new StringBuilder();
        if (!article.source().isBlank()) {
            b.append(article.source()).append(" · ");
        }
        if (!article.date().isBlank()) {
            b.append(article.date()).append(" · ");
        }
        return b.append(app.parallax.report.Words.count(article.wordCount(), "word", "words")).toString();
    }

    private void newPage(Article article) throws IOException {
        pages.newPage(size);
        float top = size.getHeight() - 36;
        String header = article.outlet() + (article.title().isBlank() ? "" : " — " + article.title());
        float width = size.getWidth() - 2 * MARGIN;
        pages.say(pages.regular(), 8, MUTED, MARGIN, top, pages.fit(pages.regular(), 8, header, width));
        pages.rule(MARGIN, size.getWidth() - MARGIN, top - 5, 0.4f, RULE);
        y = size.getHeight() - TOP;
    }
}
