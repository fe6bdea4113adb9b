package app.parallax.core.align;

import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.List;

/**
 * One contextual vector per word of a passage, from the model's vectors of its word pieces: the
 * mean of the pieces inside the word, made unit length. Only content words get one (the word
 * aligner matches nothing else by vector), which keeps a big story's vectors small.
 */
final class WordVectors {

    private WordVectors() {
    }

    /**
     * @param tokens      the passage's tokens, with article offsets
     * @param passageStart the article offset of the passage text the pieces were made from
     * @return one vector or null per token
     */
    static float[][] of(List<Token> tokens, int passageStart, TokenVectors pieces) {
        float[][] out = new float[tokens.size()][];
        int p = 0;
        for (int t = 0; t < tokens.size(); t++) {
            Token token = tokens.get(t);
            int start = token.range().start() - passageStart;
            int end = token.range().end() - passageStart;
            while (p < pieces.size() && pieces.ends()[p] <= start) {
                p++;
            }
            if (!WordAlignment.isContent(token)) {
                continue;
            }
            float[] sum = null;
            for (int q = p; q < pieces.size() && pieces.starts()[q] < end; q++) {
                float[] v = pieces.vectors()[q];
                if (sum == null) {
                    sum = new float[v.length];
                }
                for (int k = 0; k < v.length; k++) {
                    sum[k] += v[k];
                }
            }
            out[t] = sum == null ? null : unit(sum);
        }
        return out;
    }

    private static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n == 0) {
            return null;
        }
        float inv = (float) (1 / Math.sqrt(n));
        for (int k = 0; k < v.length; k++) {
            v[k] *= inv;
        }
        return v;
    }
}
