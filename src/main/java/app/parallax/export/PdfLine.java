package app.parallax.export;

/**
 * One wrapped line of a source text, before it is placed on a page.
 *
 * @param start        offset of its first character in the source text
 * @param end          offset after its last printed character (trailing spaces are dropped)
 * @param paragraphEnd true when a paragraph ends with this line
 */
record PdfLine(int start, int end, boolean paragraphEnd) {
}
