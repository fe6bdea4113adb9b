package app.parallax.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays runs of text into a cell of fixed width, wrapping between runs and, inside a run, at
 * spaces; measuring first lets a table row know its height before anything is drawn.
 */
final class PdfCellText {

    private final float width;
    private final List<PdfRun> runs = new ArrayList<>();
    private int line;
    private float x;

    PdfCellText(float width) {
        this.width = width;
    }

    /** Adds text on a line of its own, wrapping at spaces; cut with an ellipsis after {@code maxLines}. */
    PdfCellText words(String text, PdfFont font, float size, Color colour, int maxLines) {
        if (x > 0) {
            newLine();
        }
        String flat = PdfPages.capped(text.replace('\n', ' ').strip());
        List<PdfLine> lines = new PdfLineBreaker(font, size, width).wrap(flat);
        for (int i = 0; i < lines.size() && i < maxLines; i++) {
            String piece = flat.substring(lines.get(i).start(), lines.get(i).end());
            if (i == maxLines - 1 && i < lines.size() - 1) {
                piece = fitWithEllipsis(piece, font, size);
            }
            if (i > 0) {
                newLine();
            }
            runs.add(new PdfRun(piece, font, size, colour, line, 0, null));
            x = font.width(piece, size);
        }
        return this;
    }

    /** Adds a run that is never split: wraps before it if it does not fit the line. */
    PdfCellText token(String text, PdfFont font, float size, Color colour, String passageId) {
        float w = font.width(text, size);
        if (x > 0 && x + w > width) {
            newLine();
            x = 10;
        }
        runs.add(new PdfRun(text, font, size, colour, line, x, passageId));
        x += w;
        return this;
    }

    /** Ends the current line. */
    PdfCellText newLine() {
        line++;
        x = 0;
        return this;
    }

    List<PdfRun> runs() {
        return runs;
    }

    int lines() {
        return runs.stream().mapToInt(PdfRun::line).max().orElse(-1) + 1;
    }

    private String fitWithEllipsis(String piece, PdfFont font, float size) {
        int end = PdfPages.prefixFitting(font, size, piece, width - font.width(" …", size));
        return piece.substring(0, end).stripTrailing() + " …";
    }
}
