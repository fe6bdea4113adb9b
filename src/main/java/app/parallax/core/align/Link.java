package app.parallax.core.align;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Two passages of different articles that report the same thing, with their classified word
 * differences. Offsets in {@code differences} are {@code a}-side first.
 *
 * @param a           passage id on one side
 * @param b           passage id on the other side (always another article)
 * @param score       similarity in [0, 1]
 * @param differences every word-level change, classified; empty when the passages read the same
 * @param sharedA     the stretch of passage a that the two passages share (first to last aligned
 *                    content word), in article a's offsets; null when not worked out
 * @param sharedB     the same on side b
 * @param coverage    how much of the shorter passage's content the other covers, in [0, 1]; a
 *                    short sentence inside a long one scores near 1
 * @param sameFact    true when the two passages report the same fact; false when they report
 *                    different facts and are linked only because they give one attribute two values
 *                    (a name spelled two ways, a figure of the same thing), which its differences name,
 *                    or give it alike (no differences)
 */
public record Link(String a, String b, double score, List<Difference> differences, @Nullable TextRange sharedA,
                   @Nullable TextRange sharedB, double coverage, boolean sameFact) {

    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        differences = List.copyOf(differences);
        if ((sharedA == null) != (sharedB == null)) {
            throw new IllegalArgumentException("shared spans are given on both sides or neither");
        }
    }

    /** A link of two passages reporting the same fact. */
    public Link(String a, String b, double score, List<Difference> differences, @Nullable TextRange sharedA,
                @Nullable TextRange sharedB, double coverage) {
        this(a, b, score, differences, sharedA, sharedB, coverage, true);
    }

    /** A link of two passages reporting the same fact, whose shared spans were not worked out. */
    public Link(String a, String b, double score, List<Difference> differences) {
        this(a, b, score, differences, null, null, score);
    }

    /**
     * Two passages reporting different facts that give one attribute two values, linked for those
     * flags alone; or, with no flags, that give it alike (one deal's price in two sentences about
     * other things), linked as agreeing on it.
     */
    public static Link sameAttribute(String a, String b, double score, List<Difference> flags) {
        return new Link(a, b, score, flags, null, null, score, false);
    }

    /** Only the flagged value differences among the differences, of either grade. */
    public List<Difference> conflicts() {
        return differences.stream().filter(Difference::isConflict).toList();
    }

    /** {@link Relation#DIFFER} exactly when the link carries a flagged difference of values (either grade). */
    public Relation relation() {
        return differences.stream().anyMatch(Difference::isConflict) ? Relation.DIFFER : Relation.AGREE;
    }

    /** The strongest grade among the link's flags: conflict before values differ; empty when it agrees. */
    public Optional<Grade> grade() {
        if (differences.stream().anyMatch(Difference::isHardConflict)) {
            return Optional.of(Grade.CONFLICT);
        }
        return differences.stream().anyMatch(Difference::isConflict) ? Optional.of(Grade.VALUES_DIFFER) : Optional.empty();
    }

    /** The passage on the other end from {@code passageId}. */
    public String other(String passageId) {
        return a.equals(passageId) ? b : a;
    }
}
