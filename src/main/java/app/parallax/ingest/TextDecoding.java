package app.parallax.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the bytes of a text file into clean article text: the encoding is taken from a byte-order
 * mark, else strict UTF-8, else ICU4J's detector (Windows-1252, ISO-8859-1 and kin); line ends
 * become {@code \n}; NUL and other control characters are removed everywhere in the text.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Single-byte encodings of the Latin alphabet ICU may propose for Western text. */
    private static final Set<String> LATIN = Set.of("ISO-8859-1", "windows-1252", "ISO-8859-15");
    private static final int SAMPLE = 64 * 1024;
    /** Share of well-formed sequences among non-ASCII ones for text to count as UTF-8 with a few bad bytes. */
    private static final double UTF8_SHARE = 0.9;

    private TextDecoding() {
    }

    /**
     * Decodes {@code bytes} read from {@code name}.
     *
     * @throws IngestException if there are no bytes, they look binary, or hold no text
     */
    static String decode(byte[] bytes, String name) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException(name, "file is empty");
        }
        Charset charset = bomCharset(bytes).orElse(null);
        if (charset == null && looksBinary(bytes)) {
            throw new IngestException(name, "binary file, not text (expected .txt, .md, .html or .pdf)");
        }
        String text = clean(charset != null ? decodeWith(bytes, charset) : decodeGuessing(bytes));
        if (text.isBlank()) {
            throw new IngestException(name, "file has no text (only white space)");
        }
        return text;
    }

    /** Decodes with a known charset (a byte-order mark still wins) and cleans the result. */
    static String decode(byte[] bytes, Charset charset) {
        return clean(decodeWith(bytes, bomCharset(bytes).orElse(charset)));
    }

    /** {@code \r\n} and {@code \r} become {@code \n}; control characters but tab and line feed go. */
    static String clean(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || !isControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The encoding a byte-order mark announces, if any. */
    static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /**
     * UTF-8 when the bytes are valid UTF-8, or almost all valid (a stray byte among many UTF-8
     * characters is shown as U+FFFD rather than turning every quote into mojibake); else what
     * ICU4J detects.
     */
    static Charset detect(byte[] bytes) {
        if (isUtf8(bytes) || mostlyUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > SAMPLE ? java.util.Arrays.copyOf(bytes, SAMPLE) : bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (LATIN.contains(match.getName())) {
                // windows-1252 is a superset of ISO-8859-1's printable characters: curly quotes
                // and dashes in 0x80-0x9F decode as such instead of as invisible controls
                return "ISO-8859-15".equals(match.getName()) ? Charset.forName("ISO-8859-15") : WINDOWS_1252;
            }
            if (match.getConfidence() >= 50 && Charset.isSupported(match.getName())) {
                return Charset.forName(match.getName());
            }
        }
        return WINDOWS_1252;
    }

    private static String decodeGuessing(byte[] bytes) {
        return decodeWith(bytes, detect(bytes));
    }

    private static String decodeWith(byte[] bytes, Charset charset) {
        return new String(bytes, charset);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * At least {@link #UTF8_SHARE} of the non-ASCII sequences are well-formed multi-byte UTF-8
     * characters. Text really in Latin-1 or Windows-1252 has almost none (an accented letter
     * followed by ASCII is never well-formed), so it is still told apart.
     */
    static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int bad = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (length > 0 && continues(b, i, length)) {
                valid++;
                i += length;
            } else {
                bad++;
                i++;
            }
        }
        return valid > 0 && valid >= UTF8_SHARE * (valid + bad);
    }

    private static boolean continues(byte[] b, int at, int length) {
        if (at + length > b.length) {
            return false;
        }
        for (int k = 1; k < length; k++) {
            if ((b[at + k] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0);
    }

    /** More than 5% control bytes (NUL included) in the first 8 KB: not a text file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }
}
