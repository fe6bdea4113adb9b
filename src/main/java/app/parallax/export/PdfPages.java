package app.parallax.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The document being drawn, one page at a time: opens pages, draws text runs, rules and boxes on
 * the current page, and closes each page's content stream before the next. Coordinates are PDF
 * points from the bottom left.
 */
final class PdfPages implements AutoCloseable {

    static final PDRectangle PORTRAIT = PDRectangle.A4;
    static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final PDDocument doc;
    private final PdfFont regular;
    private final PdfFont bold;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPage page;
    private PDPageContentStream stream;

    PdfPages(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = PdfFont.load(doc, PdfFont.REGULAR);
        this.bold = PdfFont.load(doc, PdfFont.BOLD);
    }

    PDDocument document() {
        return doc;
    }

    PdfFont regular() {
        return regular;
    }

    PdfFont bold() {
        return bold;
    }

    /** Every page opened so far, in order. */
    List<PDPage> pages() {
        return pages;
    }

    /** Ends the current page and starts a new one of the given size. */
    PDPage newPage(PDRectangle size) throws IOException {
        closeStream();
        page = new PDPage(size);
        doc.addPage(page);
        pages.add(page);
        stream = new PDPageContentStream(doc, page);
        return page;
    }

    PDPage page() {
        return page;
    }

    /** Draws a run of already printable text with its baseline at {@code y}. */
    void text(PdfFont font, float size, Color colour, float x, float y, String printable) throws IOException {
        if (printable.isBlank()) {
            return;
        }
        stream.beginText();
        stream.setFont(font.pdFont(), size);
        stream.setNonStrokingColor(colour);
        stream.newLineAtOffset(x, y);
        stream.showText(printable);
        stream.endText();
    }

    /** Draws any text, replacing what the font cannot show; returns the x after it. */
    float say(PdfFont font, float size, Color colour, float x, float y, String text) throws IOException {
        text(font, size, colour, x, y, font.printable(text));
        return x + font.width(text, size);
    }

    /** A horizontal rule. */
    void rule(float x1, float x2, float y, float width, Color colour) throws IOException {
        stream.setStrokingColor(colour);
        stream.setLineWidth(width);
        stream.moveTo(x1, y);
        stream.lineTo(x2, y);
        stream.stroke();
    }

    /** A filled box. */
    void box(float x, float y, float w, float h, Color colour) throws IOException {
        stream.setNonStrokingColor(colour);
        stream.addRect(x, y, w, h);
        stream.fill();
    }

    /** Most characters of a title or name the export shows; longer ones end in an ellipsis. */
    static final int TITLE_CHARS = 300;

    /**
     * {@code text} cut with an ellipsis to fit {@code width} at {@code size}. Measures from the
     * start only as far as the cut, so a very long text costs no more than a short one.
     */
    String fit(PdfFont font, float size, String text, float width) {
        return fitEnd(font, size, text, width, "…");
    }

    /** {@code text} cut after its first {@value #TITLE_CHARS} characters, with an ellipsis. */
    static String capped(String text) {
        if (text.length() <= TITLE_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(TITLE_CHARS - 1)) ? TITLE_CHARS - 1 : TITLE_CHARS;
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** {@code text} if it fits {@code width}, else its longest prefix that fits with {@code ellipsis} after it. */
    static String fitEnd(PdfFont font, float size, String text, float width, String ellipsis) {
        float room = width - font.width(ellipsis, size);
        float used = 0;
        int cut = 0;
        for (int i = 0; i < text.length(); i++) {
            used += font.width(text.charAt(i), size);
            if (used > width) {
                return text.substring(0, cut).stripTrailing() + ellipsis;
            }
            if (used <= room) {
                cut = i + 1;
            }
        }
        return text;
    }

    /** Length of the longest prefix of {@code text} no wider than {@code width}; linear in that length. */
    static int prefixFitting(PdfFont font, float size, String text, float width) {
        float used = 0;
        for (int i = 0; i < text.length(); i++) {
            used += font.width(text.charAt(i), size);
            if (used > width) {
                return i;
            }
        }
        return text.length();
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
