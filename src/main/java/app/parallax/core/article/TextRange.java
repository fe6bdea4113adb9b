package app.parallax.core.article;

/**
 * A half-open span {@code [start, end)} of character offsets into an article's text.
 * Every highlight in the reader and the PDF is placed by these offsets, never by re-joining tokens.
 */
public record TextRange(int start, int end) {

    /** @throws IllegalArgumentException if start is negative or end precedes start */
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The text this range covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Whether the two ranges share a character (an empty range shares none). */
    public boolean overlaps(TextRange other) {
        return start < other.end && other.start < end;
    }
}
