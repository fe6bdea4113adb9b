package app.parallax.core.classify;

import app.parallax.core.article.TextRange;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One classified word-level change between passage {@code a} and passage {@code b} of a link.
 *
 * @param kind         how the change is judged
 * @param conflictKind for {@link DifferenceKind#CONFLICT} the kind of fact; null otherwise
 * @param aWords       the words on side a as written, "" when side a has none
 * @param bWords       the words on side b as written, "" when side b has none
 * @param aRange       offsets of {@code aWords} in article a's text (empty range at the edit point when none)
 * @param bRange       offsets of {@code bWords} in article b's text
 * @param grade        for {@link DifferenceKind#CONFLICT} how sure the flag is; null otherwise
 */
public record Difference(DifferenceKind kind, @Nullable ConflictKind conflictKind, String aWords, String bWords,
                         TextRange aRange, TextRange bRange, @Nullable Grade grade) {

    /** A difference whose conflicts, if any, are of grade {@link Grade#CONFLICT}. */
    public Difference(DifferenceKind kind, @Nullable ConflictKind conflictKind, String aWords, String bWords,
                      TextRange aRange, TextRange bRange) {
        this(kind, conflictKind, aWords, bWords, aRange, bRange, kind == DifferenceKind.CONFLICT ? Grade.CONFLICT : null);
    }

    public Difference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(aWords, "aWords");
        Objects.requireNonNull(bWords, "bWords");
        Objects.requireNonNull(aRange, "aRange");
        Objects.requireNonNull(bRange, "bRange");
        if ((kind == DifferenceKind.CONFLICT) != (conflictKind != null)) {
            throw new IllegalArgumentException("conflictKind must be set exactly for conflicts");
        }
        if ((kind == DifferenceKind.CONFLICT) != (grade != null)) {
            throw new IllegalArgumentException("grade must be set exactly for conflicts");
        }
    }

    /** A flagged difference of values, of either grade. */
    public boolean isConflict() {
        return kind == DifferenceKind.CONFLICT;
    }

    /** Flagged with grade {@link Grade#CONFLICT}: both values precise, one slot. */
    public boolean isHardConflict() {
        return grade == Grade.CONFLICT;
    }

    /** The same difference with another grade; only for conflicts. */
    public Difference withGrade(Grade newGrade) {
        return new Difference(kind, conflictKind, aWords, bWords, aRange, bRange, newGrade);
    }

    /** This difference seen from the other side. */
    public Difference swapped() {
        return new Difference(kind, conflictKind, bWords, aWords, bRange, aRange, grade);
    }
}
