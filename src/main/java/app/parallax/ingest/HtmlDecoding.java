package app.parallax.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an HTML page's bytes: a byte-order mark first, then the charset the server
 * sent, then one declared in a {@code <meta>} tag near the top, then detection as for text files.
 */
final class HtmlDecoding {

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final int HEAD = 4096;

    private HtmlDecoding() {
    }

    /** @param declared the charset from an HTTP header or MIME part, or null */
    static String decode(byte[] bytes, Charset declared) {
        Charset charset = TextDecoding.bomCharset(bytes)
                .or(() -> Optional.ofNullable(declared))
                .or(() -> metaCharset(bytes))
                .orElseGet(() -> TextDecoding.detect(bytes));
        return TextDecoding.decode(bytes, charset);
    }

    /** The charset of a {@code <meta charset>} or {@code http-equiv} tag in the first 4 KB. */
    static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Charset c = Charset.forName(m.group(1));
            // a page saved as UTF-16 cannot honestly declare an ASCII-readable meta tag of itself
            return c.name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8)
                    : Optional.of(c.name().equals("ISO-8859-1") || c.name().equals("US-ASCII") ? TextDecoding.WINDOWS_1252 : c);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
