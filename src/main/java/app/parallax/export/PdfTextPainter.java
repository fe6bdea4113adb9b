package app.parallax.export;

import app.parallax.core.article.TextRange;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Draws one wrapped line of article text, greying the parts that fall in boilerplate ranges,
 * and records it in the placement.
 */
final class PdfTextPainter {

    static final Color INK = new Color(0x1a, 0x1a, 0x1a);
    static final Color BOILERPLATE = new Color(0x9a, 0x9a, 0x9a);

    private final PdfPages pages;
    private final PdfPlacement placement;

    PdfTextPainter(PdfPages pages, PdfPlacement placement) {
        this.pages = pages;
        this.placement = placement;
    }

    /**
     * @param grey ranges of the article drawn grey (boilerplate), in text order
     */
    void paint(String articleId, String text, PdfLine line, PdfFont font, float size, float x, float baseline,
               List<TextRange> grey) throws IOException {
        int pos = line.start();
        float at = x;
        while (pos < line.end()) {
            boolean isGrey = inAny(grey, pos);
            int end = pos + 1;
            while (end < line.end() && inAny(grey, end) == isGrey) {
                end++;
            }
            pages.text(font, size, isGrey ? BOILERPLATE : INK, at, baseline, font.printable(text.substring(pos, end)));
            at += font.width(text, pos, end, size);
            pos = end;
        }
        placement.add(new PdfPlacedLine(articleId, pages.page(), x, baseline, size, font, line.start(), line.end()));
    }

    private static boolean inAny(List<TextRange> ranges, int offset) {
        for (TextRange r : ranges) {
            if (r.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
