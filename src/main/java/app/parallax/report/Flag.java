package app.parallax.report;

import app.parallax.core.article.Passage;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Grade;
import java.util.Objects;

/**
 * One flagged difference of values between two linked passages of a claim: its grade, the kind of
 * fact, each side's passage and the exact words each states it with ("" when a side states
 * nothing). Listed by {@link StoryReport#flags}.
 */
public record Flag(Grade grade, ConflictKind kind, Passage a, Passage b, String aWords, String bWords) {

    public Flag {
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(aWords, "aWords");
        Objects.requireNonNull(bWords, "bWords");
    }

    /** True for grade {@link Grade#CONFLICT}. */
    public boolean isConflict() {
        return grade == Grade.CONFLICT;
    }
}
