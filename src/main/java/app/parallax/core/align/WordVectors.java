package app.parallax.core.align;

import app.parallax.core.text.QuantisedVectors;
import app.parallax.core.text.Token;
import app.parallax.core.text.PassageWords;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One contextual vector per word of a passage, from the model's vectors of its word pieces: the
 * mean of the pieces' unit vectors inside the word, kept quantised ({@link QuantisedVectors}).
 * Only content words get one (the word aligner matches nothing else by vector), which keeps a big
 * story's vectors small.
 */
final class WordVectors {

    private WordVectors() {
    }

    /**
     * @param words        the passage's words (tokens with article offsets, which are content words)
     * @param passageStart the article offset of the passage text the pieces were made from
     * @return a vector or none per token
     */
    static QuantisedVectors of(PassageWords words, int passageStart, TokenVectors pieces) {
        List<Token> tokens = words.tokens();
        QuantisedVectors vectors = pieces.pieces();
        int contentWords = (int) IntStream.range(0, words.size()).filter(words::isContent).count();
        QuantisedVectors.Builder out = new QuantisedVectors.Builder(tokens.size(), vectors.dimension(), contentWords);
        float[] sum = new float[vectors.dimension()];
        int p = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int start = token.range().start() - passageStart;
            int end = token.range().end() - passageStart;
            while (p < pieces.size() && pieces.ends()[p] <= start) {
                p++;
            }
            if (!words.isContent(t)) {
                continue;
            }
            int last = p;
            while (last < pieces.size() && pieces.starts()[last] < end) {
                last++;
            }
            put(out, t, vectors, p, last, sum);
        }
        return out.build();
    }

    /**
     * Token t's vector from pieces [from, to): a word of one piece takes the piece's bytes as they
     * are (quantising its unit vector again would give the same bytes), a longer one the mean.
     */
    private static void put(QuantisedVectors.Builder out, int t, QuantisedVectors pieces, int from, int to, float[] sum) {
        if (to == from + 1) {
            out.copy(t, pieces, from);
        } else if (to > from) {
            Arrays.fill(sum, 0);
            for (int q = from; q < to; q++) {
                pieces.addUnitTo(q, sum);
            }
            out.put(t, sum);
        }
    }
}
