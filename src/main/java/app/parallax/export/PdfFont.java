package app.parallax.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A bundled DejaVu face embedded (as a subset) in one document, with cached glyph widths.
 * The font's GSUB table is renamed before loading so PDFBox applies no ligatures: extracted
 * text then reads "differ", not "diﬀer". Characters the font lacks print as '?', one for one,
 * so that every printed string keeps the length (and offsets) of its source.
 */
final class PdfFont {

    static final String REGULAR = "/fonts/DejaVuSans.ttf";
    static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    private static final float UNKNOWN = Float.NaN;
    private static final float MISSING = -1f;

    private final PDType0Font font;
    private final float[] widths = new float[Character.MAX_VALUE + 1];

    private PdfFont(PDType0Font font) {
        this.font = font;
        Arrays.fill(widths, UNKNOWN);
    }

    /** Loads the bundled face at {@code resource} into {@code doc}. */
    static PdfFont load(PDDocument doc, String resource) throws IOException {
        byte[] bytes = FontBytes.of(resource);
        return new PdfFont(PDType0Font.load(doc, new RandomAccessReadBuffer(bytes), true, false));
    }

    PDType0Font pdFont() {
        return font;
    }

    /** Width of {@code text} at {@code size} points, as {@link #printable} would show it. */
    float width(CharSequence text, float size) {
        return width(text, 0, text.length(), size);
    }

    /** Width of {@code text[from, to)} at {@code size} points. */
    float width(CharSequence text, int from, int to, float size) {
        float units = 0;
        for (int i = from; i < to; i++) {
            units += units(text.charAt(i));
        }
        return units * size / 1000f;
    }

    /** Width of one character at {@code size} points. */
    float width(char c, float size) {
        return units(c) * size / 1000f;
    }

    /** The text with characters the font cannot show replaced, keeping its length. */
    String printable(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = printable(text.charAt(i));
        }
        return new String(out);
    }

    private char printable(char c) {
        if (Character.isISOControl(c) || Character.isWhitespace(c) && c != '\u00a0') {
            return ' ';
        }
        return raw(c) == MISSING ? '?' : c;
    }

    private float units(char c) {
        return raw(printable(c));
    }

    private float raw(char c) {
        float w = widths[c];
        if (Float.isNaN(w)) {
            w = measure(c);
            widths[c] = w;
        }
        return w;
    }

    private float measure(char c) {
        if (Character.isSurrogate(c)) {
            return MISSING;
        }
        try {
            return font.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException e) {
            return MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled font files, read once, with their GSUB table disabled. */
    private static final class FontBytes {
        private static final java.util.Map<String, byte[]> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static byte[] of(String resource) throws IOException {
            byte[] cached = CACHE.get(resource);
            if (cached == null) {
                cached = withoutGsub(read(resource));
                CACHE.put(resource, cached);
            }
            return cached;
        }

        private static byte[] read(String resource) throws IOException {
            try (InputStream in = PdfFont.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("the font " + resource + " is missing from the application");
                }
                return in.readAllBytes();
            }
        }

        /** Renames the GSUB entry of the table directory, so no reader finds the table. */
        private static byte[] withoutGsub(byte[] ttf) {
            int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
            byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < tables; i++) {
                int at = 12 + 16 * i;
                if (Arrays.equals(ttf, at, at + 4, gsub, 0, 4)) {
                    ttf[at] = 'X';
                }
            }
            return ttf;
        }
    }
}
