package app.parallax.core.classify;

import app.parallax.core.article.TextRange;
import java.util.Objects;

/**
 * One classified word-level change between passage {@code a} and passage {@code b} of a link.
 *
 * @param kind         how the change is judged
 * @param conflictKind for {@link DifferenceKind#CONFLICT} the kind of fact; null otherwise
 * @param aWords       the words on side a as written, "" when side a has none
 * @param bWords       the words on side b as written, "" when side b has none
 * @param aRange       offsets of {@code aWords} in article a's text (empty range at the edit point when none)
 * @param bRange       offsets of {@code bWords} in article b's text
 */
public record Difference(DifferenceKind kind, ConflictKind conflictKind, String aWords, String bWords,
                         TextRange aRange, TextRange bRange) {

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aWords, "aWords");
        Objects.requireNonNull(bWords, "bWords");
        Objects.requireNonNull(aRange, "aRange");
        Objects.requireNonNull(bRange, "bRange");
        if ((kind == DifferenceKind.CONFLICT) != (conflictKind != null)) {
            throw new IllegalArgumentException("conflictKind must be set exactly for conflicts");
        }
    }

    public boolean isConflict() {
        return kind == DifferenceKind.CONFLICT;
    }

    /** This difference seen from the other side. */
    public Difference swapped() {
        return new Difference(kind, conflictKind, bWords, aWords, bRange, aRange);
    }
}
