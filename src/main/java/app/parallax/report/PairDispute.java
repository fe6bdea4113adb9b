package app.parallax.report;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Grade;
import java.util.Objects;

/**
 * A flagged difference of values between the two sides of a linked {@link PairRow}: the kind of
 * fact, the words each side states it with, and its grade (a conflict, or values that differ).
 */
public record PairDispute(ConflictKind kind, String leftWords, String rightWords, Grade grade) {

    public PairDispute {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leftWords, "leftWords");
        Objects.requireNonNull(rightWords, "rightWords");
        Objects.requireNonNull(grade, "grade");
    }

    /** A conflict. */
    public PairDispute(ConflictKind kind, String leftWords, String rightWords) {
        this(kind, leftWords, rightWords, Grade.CONFLICT);
    }

    /** {@link #label()}, followed by " (values differ)" for that grade. */
    public String gradedLabel() {
        return label() + (grade == Grade.VALUES_DIFFER ? " (values differ)" : "");
    }

    /** "meal: ‘lunch’ / ‘dinner’" (a side that states nothing reads "nothing"). */
    public String label() {
        return kind.label() + ": " + quoted(leftWords) + " / " + quoted(rightWords);
    }

    private static String quoted(String words) {
        return words.isBlank() ? "nothing" : "‘" + words + "’";
    }
}
