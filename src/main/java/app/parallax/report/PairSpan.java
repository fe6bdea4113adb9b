package app.parallax.report;

import java.util.Objects;

/**
 * A run of words in one side of a {@link PairRow} that differs from the other side, as offsets
 * into that side's {@link PairText#text()}: what a pair view paints.
 *
 * @param start  first character, inclusive
 * @param end    last character, exclusive; greater than {@code start}
 * @param change how these words differ from the other side
 */
public record PairSpan(int start, int end, Change change) {

    /** How a span of one side differs from the other side, read from left to right. */
    public enum Change {
        /** Words only the left side has (the right drops them). */
        REMOVED,
        /** Words only the right side has (the left lacks them). */
        ADDED,
        /** Words replaced by other words that are not a factual conflict. */
        CHANGED,
        /** The same word spelled another way (Kiev / Kyiv). */
        VARIANT,
        /** This side's value of a factual conflict (lunch / dinner). */
        DISPUTED,
        /** This side's value where the values differ short of a conflict (about 40 / 42). */
        VALUES_DIFFER
    }

    /** @throws IllegalArgumentException if the span is empty or negative */
    public PairSpan {
        Objects.requireNonNull(change, "change");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The words this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
