package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import app.parallax.report.OutletCounts;
import app.parallax.report.StoryReport;
import java.awt.Color;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The first page(s): the story, the outlets compared and their sources, the date of export,
 * claim counts per outlet, a colour key, and the tables of disputed claims and of claims whose
 * values differ (drawn by {@link PdfDisputeTable}) whose rows link to the passages.
 */
final class PdfCover {

    static final Color LINK = new Color(0x1f, 0x4e, 0x9a);
    static final Color MUTED = PdfContinuousBody.MUTED;
    static final Color RULE = PdfContinuousBody.RULE;
    static final float MARGIN = PdfContinuousBody.MARGIN;
    static final float TOP = 60;
    static final float BOTTOM = PdfContinuousBody.BOTTOM;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final PdfPages pages;
    private final ComparisonResult result;
    private final PdfLinks links;
    private final PDRectangle size = PdfPages.PORTRAIT;
    private final float width = size.getWidth() - 2 * MARGIN;
    private float y;

    PdfCover(PdfPages pages, ComparisonResult result, PdfLinks links) {
        this.pages = pages;
        this.result = result;
        this.links = links;
    }

    void write(String storyTitle, LocalDate exported) throws IOException {
        newPage();
        heading(storyTitle, exported);
        outlets();
        counts();
        key();
        new PdfDisputeTable(pages, result, links, this, Grade.CONFLICT).write();
        new PdfDisputeTable(pages, result, links, this, Grade.VALUES_DIFFER).write();
    }

    /** Space left on the page, in points. */
    float room() {
        return y - BOTTOM;
    }

    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    void newPage() throws IOException {
        pages.newPage(size);
        y = size.getHeight() - TOP;
    }

    /** A section title, on a new page if the section would start too low. */
    void section(String title, float needed) throws IOException {
        if (room() < needed + 30) {
            newPage();
        }
        y -= 26;
        pages.say(pages.bold(), 12.5f, PdfTextPainter.INK, MARGIN, y, title);
        y -= 6;
        pages.rule(MARGIN, MARGIN + width, y, 0.5f, RULE);
    }

    private void heading(String storyTitle, LocalDate exported) throws IOException {
        pages.say(pages.bold(), 9, MUTED, MARGIN, y, "PARALLAX · HOW THE REPORTS COMPARE");
        for (PdfLine line : new PdfLineBreaker(pages.bold(), 22, width).wrap(storyTitle)) {
            y -= 28;
            pages.say(pages.bold(), 22, PdfTextPainter.INK, MARGIN, y, storyTitle.substring(line.start(), line.end()));
        }
        y -= 18;
        int n = result.articles().size();
        pages.say(pages.regular(), 9.5f, MUTED, MARGIN, y, "Exported " + DAY.format(exported) + " · "
                + n + (n == 1 ? " report" : " reports") + " compared");
    }

    private void outlets() throws IOException {
        section("Outlets compared", 40);
        if (result.articles().isEmpty()) {
            y -= 16;
            pages.say(pages.regular(), 10, MUTED, MARGIN, y, "No articles.");
        }
        for (Article a : result.articles()) {
            PdfCellText cell = new PdfCellText(width)
                    .token(a.outlet() + "  ", pages.bold(), 10, PdfTextPainter.INK, null);
            cell.words(a.title().isBlank() ? "(untitled)" : a.title(), pages.regular(), 10, PdfTextPainter.INK, 2);
            cell.words(PdfContinuousBody.meta(a), pages.regular(), 8.5f, MUTED, 2);
            drawCell(cell, MARGIN, 13, 6);
        }
    }

    private void counts() throws IOException {
        section("Claims", 40 + 15 * result.articles().size());
        y -= 16;
        pages.say(pages.regular(), 10, PdfTextPainter.INK, MARGIN, y, result.claims(Verdict.AGREED).size()
                + " agreed · " + result.claims(Verdict.DISPUTED).size() + " disputed · "
                + result.claims(Verdict.VALUES_DIFFER).size() + " values differ · "
                + result.claims(Verdict.SINGLE).size() + " single-source claims in all");
        float[] cols = {MARGIN, MARGIN + 190, MARGIN + 245, MARGIN + 305, MARGIN + 385};
        y -= 20;
        String[] head = {"Outlet", "Agreed", "Disputed", "Values differ", "Single source"};
        for (int i = 0; i < head.length; i++) {
            pages.say(pages.bold(), 9, MUTED, cols[i], y, head[i]);
        }
        StoryReport report = StoryReport.of(result);
        for (Article a : result.articles()) {
            y -= 14;
            pages.say(pages.regular(), 9.5f, PdfTextPainter.INK, cols[0], y, pages.fit(pages.regular(), 9.5f, a.outlet(), 190));
            OutletCounts counts = report.counts(a.id());
            int[] values = {counts.agreed(), counts.disputed(), counts.valuesDiffer(), counts.single()};
            for (int i = 0; i < values.length; i++) {
                pages.say(pages.regular(), 9.5f, PdfTextPainter.INK, cols[i + 1], y, String.valueOf(values[i]));
            }
        }
    }

    private void key() throws IOException {
        y -= 22;
        float x = MARGIN;
        x = swatch(x, PdfHighlighter.AGREED.getComponents(), "agreed passage");
        x = swatch(x, PdfHighlighter.DISPUTED.getComponents(), "disputed passage");
        x = swatch(x, PdfHighlighter.CONFLICT.getComponents(), "conflicting words");
        x = swatch(x, new float[] {0.85f, 0.85f, 0.85f}, "grey text: boilerplate");
        y -= 15;
        x = MARGIN;
        x = swatch(x, PdfHighlighter.VALUES_DIFFER.getComponents(), "values differ (worth a look)");
        x = swatch(x, PdfHighlighter.VALUES_DIFFER_WORDS.getComponents(), "the words whose values differ");
        y -= 13;
        pages.say(pages.regular(), 8.5f, MUTED, MARGIN, y,
                "Point at a highlight in a PDF reader to see what the other outlets say; sticky notes are yours.");
    }

    private float swatch(float x, float[] rgb, String label) throws IOException {
        pages.box(x, y - 2, 10, 10, new Color(rgb[0], rgb[1], rgb[2]));
        return pages.say(pages.regular(), 8.5f, MUTED, x + 14, y, label) + 16;
    }

    /** Draws a measured cell at the current y, starting a new page first if it does not fit. */
    void drawCell(PdfCellText cell, float x, float leading, float gap) throws IOException {
        float height = cell.lines() * leading + gap;
        if (room() < height) {
            newPage();
        }
        float top = y;
        for (PdfRun r : cell.runs()) {
            float base = top - (r.line() + 1) * leading;
            pages.text(r.font(), r.size(), r.colour(), x + r.dx(), base, r.font().printable(r.text()));
        }
        y = top - height;
    }
}
