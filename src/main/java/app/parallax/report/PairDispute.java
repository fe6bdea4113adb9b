package app.parallax.report;

import app.parallax.core.classify.ConflictKind;
import java.util.Objects;

/**
 * A factual conflict between the two sides of a linked {@link PairRow}: the kind of fact and
 * the words each side states it with.
 */
public record PairDispute(ConflictKind kind, String leftWords, String rightWords) {

    public PairDispute {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(leftWords, "leftWords");
        Objects.requireNonNull(rightWords, "rightWords");
    }

    /** "meal: ‘lunch’ / ‘dinner’" (a side that states nothing reads "nothing"). */
    public String label() {
        return kind.label() + ": " + quoted(leftWords) + " / " + quoted(rightWords);
    }

    private static String quoted(String words) {
        return words.isBlank() ? "nothing" : "‘" + words + "’";
    }
}
