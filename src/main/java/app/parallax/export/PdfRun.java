package app.parallax.export;

import java.awt.Color;

/**
 * A piece of text laid out in a table cell before it is drawn: its line within the cell, its
 * offset from the cell's left edge, and the passage it links to, if any.
 *
 * @param passageId passage to link to, or null
 */
record PdfRun(String text, PdfFont font, float size, Color colour, int line, float dx, String passageId) {
}
