package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.report.StoryReport;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * The bookmarks: the cover, one entry per article, and under "Disputed claims" one entry per
 * disputed claim ("meal: ‘lunch’ / ‘dinner’") that opens its first passage.
 */
final class PdfOutline {

    private PdfOutline() {
    }

    static void write(PDDocument doc, PDPage cover, ComparisonResult result, PdfPlacement placement) {
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem coverItem = new PDOutlineItem();
        coverItem.setTitle("Cover: outlets and disputed claims");
        coverItem.setDestination(cover);
        outline.addLast(coverItem);
        for (Article a : result.articles()) {
            placement.articleAnchor(a.id()).ifPresent(anchor ->
                    outline.addLast(item(a.outlet() + (a.title().isBlank() ? "" : " — " + a.title()), anchor)));
        }
        List<Claim> disputed = result.claims(Verdict.DISPUTED);
        if (!disputed.isEmpty()) {
            PDOutlineItem parent = new PDOutlineItem();
            parent.setTitle("Disputed claims (" + disputed.size() + ")");
            parent.setDestination(cover);
            StoryReport words = StoryReport.of(result);
            for (int i = 0; i < disputed.size(); i++) {
                Claim c = disputed.get(i);
                String title = (i + 1) + ". " + words.shortLabel(c);
                c.passageIds().stream().findFirst()
                        .flatMap(id -> PdfLinks.anchorOf(result, placement, id))
                        .ifPresent(anchor -> parent.addLast(item(title, anchor)));
            }
            outline.addLast(parent);
            parent.openNode();
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    private static PDOutlineItem item(String fullTitle, PdfPlacement.Anchor anchor) {
        String title = PdfPages.capped(fullTitle);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(PdfLinks.destination(anchor));
        return item;
    }
}
