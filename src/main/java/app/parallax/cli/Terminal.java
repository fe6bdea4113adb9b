package app.parallax.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps text from articles and sidecars from driving the terminal: everything the command line
 * prints passes through here, and control characters (ESC, BEL, CR, DEL and the other C0 and C1
 * codes, which can recolour, retitle or rewrite a terminal), bidi controls and zero-width
 * characters (which reorder a line or take no column) are shown as U+FFFD. Newline and tab are kept.
 */
final class Terminal {

    static final char REPLACEMENT = '\uFFFD';
    private static final boolean CRLF = System.lineSeparator().indexOf('\r') >= 0;

    private Terminal() {
    }

    /** {@code text} with its control characters replaced; null gives "". */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.chars().forEach(c -> b.append(safe((char) c)));
        return b.toString();
    }

    /** A writer that cleans everything written through it into {@code out}. */
    static PrintWriter guard(PrintWriter out) {
        return new PrintWriter(new Cleaning(out), true);
    }

    private static char safe(char c) {
        boolean control = (c < 0x20 && c != '\n' && c != '\t' && !(c == '\r' && CRLF))
                || (c >= 0x7F && c <= 0x9F);
        return control || invisible(c) ? REPLACEMENT : c;
    }

    /**
     * Bidi controls (which reorder the rest of a line, "Trojan source") and zero-width characters
     * (which take no column, so the table's columns slip): shown, one column each.
     */
    private static boolean invisible(char c) {
        return (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2069)
                || c == 0x061C || c == 0xFEFF;
    }

    private static final class Cleaning extends FilterWriter {
        Cleaning(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(safe((char) c));
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            char[] copy = new char[len];
            for (int i = 0; i < len; i++) {
                copy[i] = safe(buf[off + i]);
            }
            out.write(copy, 0, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            write(str.toCharArray(), off, len);
        }
    }
}
