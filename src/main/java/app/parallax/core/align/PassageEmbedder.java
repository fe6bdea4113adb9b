package app.parallax.core.align;

import java.util.List;
import java.util.Optional;

/**
 * Turns passage texts into sentence embeddings, so that the aligner can see that two passages
 * mean the same thing although they share few words ("boundless" and "no limits"). The core only
 * knows this interface; the model and its disk cache live in {@code app.parallax.semantic}.
 */
public interface PassageEmbedder {

    /**
     * Unit-length vectors, one per text and in the same order, all of one dimension.
     *
     * @param texts passage texts; may be empty
     * @return never null; the same size as {@code texts}
     * @throws EmbeddingUnavailableException when the model cannot be loaded or run; the comparison
     *         then falls back to words alone
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    List<float[]> embed(List<String> texts);

    /**
     * Contextual vectors of each text's word pieces, one {@link TokenVectors} per text and in the
     * same order. Models that cannot give them throw {@link EmbeddingUnavailableException}; the word
     * aligner then matches words by form and value alone.
     */
    default List<TokenVectors> embedTokens(List<String> texts) {
        throw new EmbeddingUnavailableException(modelName() + " gives no token vectors", null);
    }

    /**
     * The nearest-neighbour lists by meaning that {@link #storeNeighbours} kept under {@code key},
     * so that re-comparing the same passages skips the search over every pair of them (about a
     * second for 2,000 passages when the JIT does not vectorise it). The aligner makes the key from
     * everything the lists depend on (model, search limits, each passage's text, article and
     * vector, in order) and still checks what it gets before using it. This default keeps nothing.
     *
     * @param key      a lower-case hex SHA-256
     * @param passages how many lists the caller expects
     * @return one list per passage, or empty when none is kept or the kept copy fails a check;
     *         never throws
     */
    default Optional<int[][]> findNeighbours(String key, int passages) {
        return Optional.empty();
    }

    /**
     * Keeps nearest-neighbour lists under {@code key} for a later {@link #findNeighbours}; a
     * failure to keep them is ignored. This default keeps nothing.
     *
     * @param key   a lower-case hex SHA-256
     * @param lists for each passage, the indices of its nearest passages, nearest first
     */
    default void storeNeighbours(String key, int[][] lists) {
    }

    /** A short name of the model for status lines, e.g. "bge-small-en-v1.5". */
    String modelName();

    /** Raised when the model cannot be used; the comparison goes on with words alone. */
    final class EmbeddingUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public EmbeddingUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
