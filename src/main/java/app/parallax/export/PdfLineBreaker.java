package app.parallax.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap that keeps source offsets: lines are spans of the source text, never copies
 * rebuilt from tokens, so highlights can be placed by the offsets the engine gives. A newline
 * ends a paragraph; a word longer than the line is cut.
 */
final class PdfLineBreaker {

    private final PdfFont font;
    private final float size;
    private final float width;

    PdfLineBreaker(PdfFont font, float size, float width) {
        this.font = font;
        this.size = size;
        this.width = width;
    }

    /** The lines of {@code text[from, to)}; blank paragraphs give no lines. */
    List<PdfLine> wrap(String text, int from, int to) {
        List<PdfLine> lines = new ArrayList<>();
        int paragraph = from;
        while (paragraph < to) {
            int newline = text.indexOf('\n', paragraph);
            int end = newline < 0 || newline >= to ? to : newline;
            wrapParagraph(text, paragraph, end, lines);
            paragraph = end + 1;
        }
        return lines;
    }

    /** The lines of all of {@code text}. */
    List<PdfLine> wrap(String text) {
        return wrap(text, 0, text.length());
    }

    private void wrapParagraph(String text, int from, int to, List<PdfLine> lines) {
        int pos = skipSpaces(text, from, to);
        int first = lines.size();
        while (pos < to) {
            int end = lineEnd(text, pos, to);
            lines.add(new PdfLine(pos, trimEnd(text, pos, end), false));
            pos = skipSpaces(text, end, to);
        }
        if (lines.size() > first) {
            PdfLine last = lines.remove(lines.size() - 1);
            lines.add(new PdfLine(last.start(), last.end(), true));
        }
    }

    private int lineEnd(String text, int start, int to) {
        float used = 0;
        int lastSpace = -1;
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (space) {
                lastSpace = i;
            }
            used += font.width(c, size);
            if (used > width && i > start && !space) {
                return lastSpace > start ? lastSpace : i;
            }
        }
        return to;
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
