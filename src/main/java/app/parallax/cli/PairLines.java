package app.parallax.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Splits the input of {@code pairs} into lines so that output line N always answers input line N:
 * lines end at LF or CRLF only (a lone CR inside a line is read as a space), each line is decoded
 * as UTF-8 on its own (a bad line is decoded with U+FFFD for the bad bytes and reported, the
 * others are unaffected), and a line longer than {@value #MAX_LINE_BYTES} bytes is skipped and
 * reported rather than held in memory.
 */
final class PairLines {

    /** Longest line read, in bytes; the rest of a longer line is skipped. */
    static final int MAX_LINE_BYTES = 1 << 20;

    /** One input line: its 1-based number, its text, and what was wrong with it, if anything. */
    record Line(int number, String text, Optional<String> problem) {
        Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int limit;
    private int number;

    PairLines(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** The next line, or empty at the end of the input. @throws IOException when reading fails */
    Optional<Line> next() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = read()) >= 0 && b != '\n') {
            any = true;
            if (bytes.size() < MAX_LINE_BYTES) {
                bytes.write(b);
            } else {
                tooLong = true;
            }
        }
        if (b < 0 && !any) {
            return Optional.empty();
        }
        number++;
        if (tooLong) {
            return Optional.of(new Line(number, "", Optional.of("line is longer than "
                    + (MAX_LINE_BYTES >> 20) + " MB; skipped")));
        }
        return Optional.of(decode(bytes.toByteArray()));
    }

    private Line decode(byte[] raw) {
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        ByteBuffer bytes = ByteBuffer.wrap(raw, 0, length);
        Optional<String> problem = Optional.empty();
        String text;
        try {
            text = strict().decode(bytes).toString();
        } catch (CharacterCodingException e) {
            text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(raw, 0, length)).toString();
            problem = Optional.of("not valid UTF-8; the bad bytes were read as \uFFFD");
        }
        return new Line(number, text.replace('\r', ' '), problem);
    }

    private static CharsetDecoder strict() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buffer);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++] & 0xFF;
    }
}
