package app.parallax.export;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;

/** "Page n of N" and the story title at the foot of every page, added once the count is known. */
final class PdfFooter {

    private PdfFooter() {
    }

    static void write(PdfPages pages, PdfLinks links, String title) {
        List<PDPage> all = pages.pages();
        for (int i = 0; i < all.size(); i++) {
            PDPage page = all.get(i);
            float width = page.getMediaBox().getWidth();
            float margin = width > page.getMediaBox().getHeight() ? PdfSideBySideBody.MARGIN : PdfContinuousBody.MARGIN;
            String number = "Page " + (i + 1) + " of " + all.size();
            float numberWidth = pages.regular().width(number, 8);
            links.lateText(page, pages.regular(), 8, PdfContinuousBody.MUTED, width - margin - numberWidth, 28, number);
            String story = pages.fit(pages.regular(), 8, "Parallax · " + title, width - 2 * margin - numberWidth - 20);
            links.lateText(page, pages.regular(), 8, PdfContinuousBody.MUTED, margin, 28, story);
        }
    }
}
