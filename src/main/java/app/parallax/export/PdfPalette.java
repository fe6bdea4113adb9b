package app.parallax.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * The PDF's colours, read from the reader's light palette sheet so that a verdict has one colour
 * everywhere (agreed passages are the reader's blue in the PDF too). Only {@code #rrggbb} values
 * are read; a missing name is a build error, caught by the export tests.
 */
final class PdfPalette {

    static final String SHEET = "/app/parallax/ui/palette-light.css";
    private static final Pattern ENTRY = Pattern.compile("(-[a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6})\\s*;");
    private static final Map<String, float[]> COLOURS = read();

    private PdfPalette() {
    }

    /** @throws IllegalArgumentException if the palette has no {@code #rrggbb} colour of that name */
    static PDColor colour(String name) {
        float[] rgb = COLOURS.get(name);
        if (rgb == null) {
            throw new IllegalArgumentException("palette " + SHEET + " has no colour " + name);
        }
        return new PDColor(rgb.clone(), PDDeviceRGB.INSTANCE);
    }

    private static Map<String, float[]> read() {
        try (InputStream in = Objects.requireNonNull(PdfPalette.class.getResourceAsStream(SHEET), SHEET)) {
            Matcher m = ENTRY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, float[]> out = new HashMap<>();
            while (m.find()) {
                int v = Integer.parseInt(m.group(2), 16);
                out.put(m.group(1), new float[] {(v >> 16 & 0xff) / 255f, (v >> 8 & 0xff) / 255f, (v & 0xff) / 255f});
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHEET, e);
        }
    }
}
