package app.parallax.core.align;

import java.util.Objects;

/**
 * The sentence model's contextual vectors for the word pieces of one passage text, from the same
 * forward pass as its sentence vector: they let the word aligner see that "held the seat" and
 * "served" play one part in two sentences. Offsets are characters of the passage text as given to
 * the model (not of the article).
 *
 * @param starts  each piece's first character
 * @param ends    one past each piece's last character
 * @param vectors one unit-length vector per piece, all of one dimension
 */
public record TokenVectors(int[] starts, int[] ends, float[][] vectors) {

    public TokenVectors {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(vectors, "vectors");
        if (starts.length != ends.length || starts.length != vectors.length) {
            throw new IllegalArgumentException("starts, ends and vectors differ in length");
        }
    }

    /** How many pieces. */
    public int size() {
        return starts.length;
    }
}
