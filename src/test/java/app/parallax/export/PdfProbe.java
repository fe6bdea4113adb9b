package app.parallax.export;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reads an exported PDF back: its text, and each highlight with the text under its quads. */
final class PdfProbe implements AutoCloseable {

    /** A highlight as read back: its page (from 0), contents, subject, the words under it and its colour. */
    record Highlight(int page, String contents, String subject, String text, float top, float[] quads, float[] colour) {
    }

    final PDDocument doc;

    PdfProbe(Path pdf) throws IOException {
        this.doc = Loader.loadPDF(pdf.toFile());
    }

    String text() throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    String pageText(int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        return s.getText(doc);
    }

    int pageOf(PDPage page) {
        return doc.getPages().indexOf(page);
    }

    List<Highlight> highlights() throws IOException {
        List<Highlight> out = new ArrayList<>();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            List<PDAnnotationHighlight> found = new ArrayList<>();
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            // regions overlap (a conflict inside its passage): let each see the same glyphs
            stripper.setSuppressDuplicateOverlappingText(false);
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationHighlight h) {
                    addRegions(stripper, page, "h" + found.size() + ".", h.getQuadPoints());
                    found.add(h);
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            stripper.extractRegions(page);
            for (int k = 0; k < found.size(); k++) {
                PDAnnotationHighlight h = found.get(k);
                float[] q = h.getQuadPoints();
                String text = textOf(stripper, "h" + k + ".", q.length / 8);
                out.add(new Highlight(i, h.getContents(), h.getSubject(), text, q[1], q, h.getColor().getComponents()));
            }
        }
        return out;
    }

    /** One region per quad, named prefix + index. */
    private static void addRegions(PDFTextStripperByArea stripper, PDPage page, String prefix, float[] quads) {
        float height = page.getMediaBox().getHeight();
        for (int i = 0; i < quads.length / 8; i++) {
            float x0 = quads[i * 8];
            float top = quads[i * 8 + 1];
            float x1 = quads[i * 8 + 2];
            float bottom = quads[i * 8 + 5];
            // text positions are tested by their left baseline point
            float inset = (top - bottom) * 0.25f;
            stripper.addRegion(prefix + i, new Rectangle2D.Float(x0 - 0.5f, height - top + inset, x1 - x0,
                    top - bottom - inset));
        }
    }

    /** The text inside the quads, line after line, whitespace collapsed. */
    private static String textOf(PDFTextStripperByArea stripper, String prefix, int quads) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < quads; i++) {
            b.append(stripper.getTextForRegion(prefix + i)).append(' ');
        }
        return collapse(b.toString());
    }

    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
