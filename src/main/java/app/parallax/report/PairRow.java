package app.parallax.report;

import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link PairReport}: linked passages of the two outlets side by side with their
 * word differences, or passages that only one of the two reports.
 *
 * @param kind     agree or differ for linked passages, or which side alone reports them
 * @param left     the left outlet's passages; {@link PairText#EMPTY} for a right-only row
 * @param right    the right outlet's passages; {@link PairText#EMPTY} for a left-only row
 * @param score    the best similarity of the row's links, in [0, 1]; 0 for a one-sided row
 * @param disputes the factual conflicts between the two sides, left words first; empty unless
 *                 {@code kind} is {@link Kind#DIFFER}
 * @param sameFact false when the row's passages report different facts and are side by side only
 *                 because they give one name or figure two ways ({@code Link#sameFact})
 */
public record PairRow(Kind kind, PairText left, PairText right, double score, List<PairDispute> disputes,
                      boolean sameFact) {

    /** A row of passages reporting the same fact, or a one-sided row. */
    public PairRow(Kind kind, PairText left, PairText right, double score, List<PairDispute> disputes) {
        this(kind, left, right, score, disputes, true);
    }

    /** What a row shows. */
    public enum Kind {
        /** Linked passages without a factual conflict (they may still be worded differently). */
        AGREE,
        /** Linked passages with at least one factual conflict. */
        DIFFER,
        /** Passages only the left outlet reports. */
        LEFT_ONLY,
        /** Passages only the right outlet reports. */
        RIGHT_ONLY
    }

    /** @throws IllegalArgumentException if the sides do not fit the kind */
    public PairRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        disputes = List.copyOf(disputes);
        if (left.isEmpty() != (kind == Kind.RIGHT_ONLY) || right.isEmpty() != (kind == Kind.LEFT_ONLY)) {
            throw new IllegalArgumentException(kind + " row with sides " + left.passageIds() + " / " + right.passageIds());
        }
    }

    /** True for linked rows, agreeing or not. */
    public boolean linked() {
        return kind == Kind.AGREE || kind == Kind.DIFFER;
    }

    public boolean differs() {
        return kind == Kind.DIFFER;
    }

    /**
     * The row's flags by grade: "Disputed meal: ‘lunch’ / ‘dinner’; Values differ in number:
     * ‘About 40’ / ‘42’"; "" for a row without flags.
     */
    public String disputeLine() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String conflicts = labels(app.parallax.core.classify.Grade.CONFLICT);
        String differ = labels(app.parallax.core.classify.Grade.VALUES_DIFFER);
        if (!conflicts.isEmpty()) {
            parts.add("Disputed " + conflicts);
        }
        if (!differ.isEmpty()) {
            parts.add("Values differ in " + differ);
        }
        return String.join("; ", parts);
    }

    private String labels(app.parallax.core.classify.Grade grade) {
        return String.join("; ", disputes.stream().filter(d -> d.grade() == grade).map(PairDispute::label).toList());
    }
}
