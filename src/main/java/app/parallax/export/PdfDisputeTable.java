package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import app.parallax.report.StoryReport;
import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One of the cover's tables of flagged claims, one per grade (disputed claims, then claims whose
 * values differ): one row per claim with its grade and what it is about, each competing value
 * with the outlets that give it (each outlet name links to its passage), and the page of the
 * claim's first passage (the claim text and the page link there too).
 */
final class PdfDisputeTable {

    /** Lines a long competing value may take before it is cut with an ellipsis. */
    private static final int LONG_VALUE_LINES = 3;
    private static final float LEADING = 12;
    private static final float PAD = 5;
    private static final float NUMBER = 22;
    private static final float CLAIM = 190;
    private static final float PAGE = 40;
    private static final Color STRIPE = new Color(0xf4, 0xf4, 0xf1);

    private final PdfPages pages;
    private final ComparisonResult result;
    private final PdfLinks links;
    private final PdfCover cover;
    private final StoryReport words;
    private final Grade grade;
    private final float x0 = PdfCover.MARGIN;
    private final float valuesWidth = PdfPages.PORTRAIT.getWidth() - 2 * PdfCover.MARGIN - NUMBER - CLAIM - PAGE;

    PdfDisputeTable(PdfPages pages, ComparisonResult result, PdfLinks links, PdfCover cover, Grade grade) {
        this.pages = pages;
        this.result = result;
        this.links = links;
        this.cover = cover;
        this.words = StoryReport.of(result);
        this.grade = grade;
    }

    /** The section title of a grade's table, as the outline names it too. */
    static String title(Grade grade) {
        return grade == Grade.CONFLICT ? "Disputed claims" : "Values differ";
    }

    static Verdict verdict(Grade grade) {
        return grade == Grade.CONFLICT ? Verdict.DISPUTED : Verdict.VALUES_DIFFER;
    }

    /**
     * Draws the table; an empty values-differ table is left out (the counts and the key already say
     * so), so that a story without that grade keeps its cover on one page.
     */
    void write() throws IOException {
        List<Claim> disputed = result.claims(verdict(grade));
        if (disputed.isEmpty() && grade == Grade.VALUES_DIFFER) {
            return;
        }
        cover.section(title(grade), 60);
        if (disputed.isEmpty()) {
            cover.moveDown(16);
            pages.say(pages.regular(), 10, PdfCover.MUTED, x0, cover.y(), "No outlets contradict each other.");
            return;
        }
        if (grade == Grade.VALUES_DIFFER) {
            cover.moveDown(14);
            pages.say(pages.regular(), 8.5f, PdfCover.MUTED, x0, cover.y(),
                    "Worth a look, not proof: hedged or approximate figures, two spellings of a name, a quote negated in one.");
        }
        header();
        for (int i = 0; i < disputed.size(); i++) {
            row(i + 1, disputed.get(i));
        }
    }

    private void header() throws IOException {
        cover.moveDown(15);
        float y = cover.y();
        pages.say(pages.bold(), 8.5f, PdfCover.MUTED, x0, y, "#");
        pages.say(pages.bold(), 8.5f, PdfCover.MUTED, x0 + NUMBER, y, "Claim");
        pages.say(pages.bold(), 8.5f, PdfCover.MUTED, x0 + NUMBER + CLAIM, y, "Competing values — who says each");
        pages.say(pages.bold(), 8.5f, PdfCover.MUTED, x0 + NUMBER + CLAIM + valuesWidth, y, "Page");
        cover.moveDown(5);
    }

    private void row(int number, Claim claim) throws IOException {
        PdfCellText about = aboutCell(claim);
        PdfCellText values = valuesCell(claim);
        float height = Math.max(about.lines(), values.lines()) * LEADING + 2 * PAD;
        if (cover.room() < height) {
            cover.newPage();
            header();
        }
        float top = cover.y();
        if (number % 2 == 1) {
            pages.box(x0 - 3, top - height, NUMBER + CLAIM + valuesWidth + PAGE + 6, height, STRIPE);
        }
        float base = top - PAD - LEADING + 3;
        pages.say(pages.regular(), 9, PdfCover.MUTED, x0, base, String.valueOf(number));
        draw(about, x0 + NUMBER, top - PAD);
        draw(values, x0 + NUMBER + CLAIM, top - PAD);
        first(claim).ifPresent(p -> {
            float px = x0 + NUMBER + CLAIM + valuesWidth;
            links.pageRef(pages.page(), px, base, 9, p.id());
            links.linkTo(pages.page(), new PDRectangle(px - 2, base - 3, PAGE, LEADING), p.id());
            links.linkTo(pages.page(), new PDRectangle(x0 + NUMBER, top - height, CLAIM - 6, height), p.id());
        });
        cover.moveDown(height);
    }

    private PdfCellText aboutCell(Claim claim) {
        PdfCellText cell = new PdfCellText(CLAIM - 10);
        String kinds = words.kind(claim);
        cell.token(grade.label() + " · ", pages.bold(), 9, gradeInk(), null);
        cell.token(kinds.isEmpty() ? "fact" : kinds, pages.bold(), 9, PdfTextPainter.INK, null);
        first(claim).ifPresent(p -> cell.words("“" + p.text().strip() + "”", pages.regular(), 8, PdfCover.MUTED, 3));
        return cell;
    }

    private PdfCellText valuesCell(Claim claim) {
        PdfCellText cell = new PdfCellText(valuesWidth - 8);
        List<ClaimValue> values = words.values(claim);
        for (int i = 0; i < values.size(); i++) {
            ClaimValue v = values.get(i);
            if (i > 0) {
                cell.newLine();
            }
            String quoted = "‘" + v.value() + "’";
            if (pages.bold().width(quoted, 9) > valuesWidth - 8) {
                // a long value (a quotation's changed words) wraps inside the column, at most three lines
                cell.words(quoted, pages.bold(), 9, PdfTextPainter.INK, LONG_VALUE_LINES);
            } else {
                cell.token(quoted, pages.bold(), 9, PdfTextPainter.INK, null);
            }
            cell.token(" — ", pages.regular(), 9, PdfCover.MUTED, null);
            for (int j = 0; j < v.articleIds().size(); j++) {
                String id = v.articleIds().get(j);
                String passage = result.passageIn(claim, id).map(Passage::id).orElse(null);
                cell.token(words.outlet(id), pages.regular(), 9, PdfCover.LINK, passage);
                if (j < v.articleIds().size() - 1) {
                    cell.token(", ", pages.regular(), 9, PdfCover.MUTED, null);
                }
            }
        }
        return cell;
    }

    /** The grade's line colour from the reader's palette, so the grade reads in its own colour. */
    private Color gradeInk() {
        float[] rgb = (grade == Grade.CONFLICT ? PdfPalette.colour("-verdict-disputed-line")
                : PdfPalette.colour("-verdict-values-differ-line")).getComponents();
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    private void draw(PdfCellText cell, float x, float top) throws IOException {
        for (PdfRun r : cell.runs()) {
            float base = top - (r.line() + 1) * LEADING + 3;
            pages.text(r.font(), r.size(), r.colour(), x + r.dx(), base, r.font().printable(r.text()));
            if (r.passageId() != null) {
                float w = r.font().width(r.text(), r.size());
                links.linkTo(pages.page(), new PDRectangle(x + r.dx(), base - 3, w, LEADING), r.passageId());
            }
        }
    }

    private Optional<Passage> first(Claim claim) {
        return words.leadPassage(claim, grade);
    }
}
