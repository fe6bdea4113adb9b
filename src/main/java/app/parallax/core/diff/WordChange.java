package app.parallax.core.diff;

/**
 * One run of tokens that differs between two token lists: tokens {@code [aFrom, aTo)} of side a
 * were replaced by tokens {@code [bFrom, bTo)} of side b. An empty side means insertion or
 * deletion.
 */
public record WordChange(int aFrom, int aTo, int bFrom, int bTo) {

    public WordChange {
        if (aFrom < 0 || aTo < aFrom || bFrom < 0 || bTo < bFrom || (aTo == aFrom && bTo == bFrom)) {
            throw new IllegalArgumentException("empty or bad change " + aFrom + ".." + aTo + " / " + bFrom + ".." + bTo);
        }
    }

    public boolean isReplacement() {
        return aFrom < aTo && bFrom < bTo;
    }
}
