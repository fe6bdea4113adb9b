package app.parallax.report;

import java.util.List;
import java.util.Objects;

/**
 * One side of a {@link PairRow}: the passages of one article, their text as shown (several
 * passages joined by a space) and the spans that differ from the other side.
 *
 * @param passageIds the passages, in text order; empty for the empty side of a one-sided row
 * @param text       the passages' text joined by single spaces; "" when there are none
 * @param spans      non-overlapping differing runs in text order, offsets into {@code text}
 */
public record PairText(List<String> passageIds, String text, List<PairSpan> spans) {

    /** The side of a one-sided row that has nothing. */
    public static final PairText EMPTY = new PairText(List.of(), "", List.of());

    /** @throws IllegalArgumentException if a span lies outside the text */
    public PairText {
        passageIds = List.copyOf(passageIds);
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (PairSpan s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " outside a text of " + text.length());
            }
        }
    }

    public boolean isEmpty() {
        return passageIds.isEmpty();
    }

    /** The spans of one kind of change, in text order. */
    public List<PairSpan> spans(PairSpan.Change change) {
        return spans.stream().filter(s -> s.change() == change).toList();
    }
}
