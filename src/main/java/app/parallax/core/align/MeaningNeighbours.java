package app.parallax.core.align;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidate partners by meaning: for each passage, the passages of other articles whose sentence
 * vectors are nearest. This finds paraphrases that share no rare word, which the term index cannot
 * propose. Exhaustive over passages, which stays cheap for the story sizes a reader opens: every
 * pair's cosine is computed once (2,000 passages: two million dot products), rows in parallel.
 */
final class MeaningNeighbours {

    private MeaningNeighbours() {
    }

    /**
     * @return for each profile (by {@link PassageProfile#index}), up to {@code limit} passages of
     *         other articles with a cosine of at least {@code minCosine}, nearest first; empty for a
     *         passage without a vector
     */
    static int[][] all(List<PassageProfile> profiles, int limit, double minCosine) {
        int n = profiles.size();
        int[][] partners = new int[n][];
        float[][] cosines = new float[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            PassageProfile p = profiles.get(i);
            int[] js = new int[8];
            float[] cs = new float[8];
            int count = 0;
            if (p.vector != null) {
                for (int j = i + 1; j < n; j++) {
                    PassageProfile q = profiles.get(j);
                    if (q.articleIndex == p.articleIndex || q.vector == null) {
                        continue;
                    }
                    double c = LinkScorer.dot(p.vector, q.vector);
                    if (c >= minCosine) {
                        if (count == js.length) {
                            js = Arrays.copyOf(js, count * 2);
                            cs = Arrays.copyOf(cs, count * 2);
                        }
                        js[count] = j;
                        cs[count] = (float) c;
                        count++;
                    }
                }
            }
            partners[i] = Arrays.copyOf(js, count);
            cosines[i] = Arrays.copyOf(cs, count);
        });
        TopK[] best = new TopK[n];
        for (int i = 0; i < n; i++) {
            best[i] = new TopK(limit);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < partners[i].length; k++) {
                best[i].offer(partners[i][k], cosines[i][k]);
                best[partners[i][k]].offer(i, cosines[i][k]);
            }
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = best[i].nearestFirst();
        }
        return out;
    }

    /** The {@code limit} highest-scoring partners seen, kept sorted best first (limits are small). */
    private static final class TopK {
        private final int[] ids;
        private final float[] scores;
        private int size;

        TopK(int limit) {
            ids = new int[limit];
            scores = new float[limit];
        }

        void offer(int id, float score) {
            if (size == ids.length && score <= scores[size - 1]) {
                return;
            }
            int at = size == ids.length ? size - 1 : size++;
            while (at > 0 && scores[at - 1] < score) {
                ids[at] = ids[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            ids[at] = id;
            scores[at] = score;
        }

        int[] nearestFirst() {
            return Arrays.copyOf(ids, size);
        }
    }
}
