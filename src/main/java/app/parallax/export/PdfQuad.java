package app.parallax.export;

import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The box around a stretch of one drawn line, on one page.
 *
 * @param lineX left edge of the line the stretch is on
 */
record PdfQuad(PDPage page, float lineX, float x0, float x1, float bottom, float top) {

    /** Quad points in PDF order: upper left, upper right, lower left, lower right. */
    float[] points() {
        return new float[] {x0, top, x1, top, x0, bottom, x1, bottom};
    }
}
