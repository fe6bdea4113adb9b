package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Grade;
import app.parallax.report.StoryReport;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The bookmarks: the cover, one entry per article, and under "Disputed claims" and "Values
 * differ" one entry per flagged claim ("meal: ‘lunch’ / ‘dinner’ (conflict)") that opens its
 * first passage.
 */
final class PdfOutline {

    private PdfOutline() {
    }

    static void write(PDDocument doc, PDPage cover, ComparisonResult result, PdfPlacement placement) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem coverItem = new PDOutlineItem();
        coverItem.setTitle("Cover: outlets and flagged claims");
        coverItem.setDestination(cover);
        outline.addLast(coverItem);
        for (Article a : result.articles()) {
            placement.articleAnchor(a.id()).ifPresent(anchor ->
                    outline.addLast(item(a.outlet() + (a.title().isBlank() ? "" : " — " + a.title()), anchor)));
        }
        StoryReport words = StoryReport.of(result);
        for (Grade grade : Grade.values()) {
            flagged(outline, cover, result, placement, words, grade);
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** "Disputed claims (n)" or "Values differ (n)", one entry per claim naming its grade. */
    private static void flagged(PDDocumentOutline outline, PDPage cover, ComparisonResult result, PdfPlacement placement,
                                StoryReport words, Grade grade) {
        List<Claim> claims = result.claims(PdfDisputeTable.verdict(grade));
        if (claims.isEmpty()) {
            return;
        }
        PDOutlineItem parent = new PDOutlineItem();
        parent.setTitle(PdfDisputeTable.title(grade) + " (" + claims.size() + ")");
        parent.setDestination(cover);
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String title = (i + 1) + ". " + words.shortLabel(c) + " (" + grade.label() + ")";
            c.passageIds().stream().findFirst()
                    .flatMap(id -> PdfLinks.anchorOf(result, placement, id))
                    .ifPresent(anchor -> parent.addLast(item(title, anchor)));
        }
        outline.addLast(parent);
        parent.openNode();
    }

    private static PDOutlineItem item(String fullTitle, PdfPlacement.Anchor anchor) {
        String title = PdfPages.capped(fullTitle);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(PdfLinks.destination(anchor));
        return item;
    }
}
