package app.parallax.export;

import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A line of article text as drawn: where it went and which source characters it shows.
 *
 * @param articleId the article whose text it shows
 * @param page      the page it is on
 * @param x         left edge of its first character
 * @param baseline  its baseline
 * @param size      font size in points
 * @param font      the face it was drawn in
 * @param start     offset of its first character in the article text
 * @param end       offset after its last character
 */
record PdfPlacedLine(String articleId, PDPage page, float x, float baseline, float size, PdfFont font,
                     int start, int end) {

    /** Top of the glyph box (DejaVu's ascender). */
    float top() {
        return baseline + 0.93f * size;
    }

    /** Bottom of the glyph box (DejaVu's descender). */
    float bottom() {
        return baseline - 0.24f * size;
    }
}
