package app.parallax.core.align;

import app.parallax.core.text.QuantisedVectors;
import java.util.Objects;

/**
 * The sentence model's contextual vectors for the word pieces of one passage text, from the same
 * forward pass as its sentence vector: they let the word aligner see that "held the seat" and
 * "served" play one part in two sentences. Offsets are characters of the passage text as given to
 * the model (not of the article). The vectors are kept quantised (a byte a dimension), as the
 * token cache stores them, so that a run given them by the model and a run reading them from the
 * cache see the same vectors, and a big story's pieces take a quarter of the memory of floats.
 *
 * @param starts each piece's first character
 * @param ends   one past each piece's last character
 * @param pieces one vector per piece, all of one dimension (only their directions count)
 */
public record TokenVectors(int[] starts, int[] ends, QuantisedVectors pieces) {

    public TokenVectors {
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(pieces, "pieces");
        if (starts.length != ends.length || starts.length != pieces.size()) {
            throw new IllegalArgumentException("starts, ends and pieces differ in length");
        }
    }

    /**
     * Quantises the pieces' vectors as they come from the model.
     *
     * @param vectors one vector per piece, all of one dimension, of any length
     */
    public TokenVectors(int[] starts, int[] ends, float[][] vectors) {
        this(starts, ends, QuantisedVectors.of(Objects.requireNonNull(vectors, "vectors")));
    }

    /** How many pieces. */
    public int size() {
        return starts.length;
    }

    /**
     * The pieces' vectors as unit-length floats (null for a piece the model gave a zero vector),
     * made anew on every call: for tests and measurements, not for the comparison.
     */
    public float[][] vectors() {
        float[][] out = new float[size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = pieces.unitVector(i);
        }
        return out;
    }
}
