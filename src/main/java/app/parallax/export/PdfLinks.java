package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Passage;
import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Things drawn before their targets exist: cover links to passages and "p. 7" references are
 * recorded while the cover is drawn and resolved once the articles are placed. Text added late
 * (page references, page numbers) is appended to each page's content in one go.
 */
final class PdfLinks {

    private record PendingLink(PDPage page, PDRectangle rect, String passageId) {
    }

    private record PendingPageRef(PDPage page, float x, float y, float size, String passageId) {
    }

    private record LateText(PdfFont font, float size, Color colour, float x, float y, String text) {
    }

    private final List<PendingLink> links = new ArrayList<>();
    private final List<PendingPageRef> pageRefs = new ArrayList<>();
    private final Map<PDPage, List<LateText>> late = new LinkedHashMap<>();

    /** A link over {@code rect} on {@code page} to the passage, once it is placed. */
    void linkTo(PDPage page, PDRectangle rect, String passageId) {
        links.add(new PendingLink(page, rect, passageId));
    }

    /** "p. N" at (x, y), N being the page the passage is drawn on. */
    void pageRef(PDPage page, float x, float y, float size, String passageId) {
        pageRefs.add(new PendingPageRef(page, x, y, size, passageId));
    }

    /** Text drawn on {@code page} at the end, over what is there. */
    void lateText(PDPage page, PdfFont font, float size, Color colour, float x, float y, String text) {
        late.computeIfAbsent(page, k -> new ArrayList<>()).add(new LateText(font, size, colour, x, y, text));
    }

    /** Turns pending links and page references into annotations and late text. */
    void resolve(ComparisonResult result, PdfPlacement placement, List<PDPage> allPages, PdfAnnotations annotations,
                 PdfFont font) {
        for (PendingLink l : links) {
            anchorOf(result, placement, l.passageId()).ifPresent(a -> annotations.add(l.page(), link(l.rect(), a)));
        }
        for (PendingPageRef r : pageRefs) {
            anchorOf(result, placement, r.passageId()).ifPresent(a -> lateText(r.page(), font, r.size(),
                    PdfCover.LINK, r.x(), r.y(), "p. " + (allPages.indexOf(a.page()) + 1)));
        }
    }

    /** Draws all late text onto its pages. */
    void drawLate(PDDocument doc) throws IOException {
        for (Map.Entry<PDPage, List<LateText>> e : late.entrySet()) {
            try (PDPageContentStream s = new PDPageContentStream(doc, e.getKey(),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                for (LateText t : e.getValue()) {
                    s.beginText();
                    s.setFont(t.font().pdFont(), t.size());
                    s.setNonStrokingColor(t.colour());
                    s.newLineAtOffset(t.x(), t.y());
                    s.showText(t.font().printable(t.text()));
                    s.endText();
                }
            }
        }
    }

    static Optional<PdfPlacement.Anchor> anchorOf(ComparisonResult result, PdfPlacement placement, String passageId) {
        return result.findPassage(passageId)
                .flatMap((Passage p) -> placement.anchor(p.articleId(), p.range()));
    }

    /** A borderless link annotation that jumps to the anchor. */
    static PDAnnotationLink link(PDRectangle rect, PdfPlacement.Anchor target) {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(rect);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        PDActionGoTo goTo = new PDActionGoTo();
        goTo.setDestination(destination(target));
        link.setAction(goTo);
        return link;
    }

    static PDPageXYZDestination destination(PdfPlacement.Anchor target) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(target.page());
        dest.setLeft(Math.round(Math.max(0, target.x() - 20)));
        dest.setTop(Math.round(target.top() + 20));
        return dest;
    }
}
