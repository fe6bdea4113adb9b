package app.parallax.core.align;

import app.parallax.core.classify.Difference;
import java.util.List;
import java.util.Objects;

/**
 * Two passages of different articles that report the same thing, with their classified word
 * differences. Offsets in {@code differences} are {@code a}-side first.
 *
 * @param a           passage id on one side
 * @param b           passage id on the other side (always another article)
 * @param score       similarity in [0, 1]
 * @param differences every word-level change, classified; empty when the passages read the same
 */
public record Link(String a, String b, double score, List<Difference> differences) {

    public Link {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        differences = List.copyOf(differences);
    }

    /** Only the factual conflicts among the differences. */
    public List<Difference> conflicts() {
        return differences.stream().filter(Difference::isConflict).toList();
    }

    /** {@link Relation#DIFFER} exactly when the link carries a factual conflict. */
    public Relation relation() {
        return differences.stream().anyMatch(Difference::isConflict) ? Relation.DIFFER : Relation.AGREE;
    }

    /** The passage on the other end from {@code passageId}. */
    public String other(String passageId) {
        return a.equals(passageId) ? b : a;
    }
}
