package app.parallax.core.align;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Candidate partners by meaning: for each passage, the passages of other articles whose sentence
 * vectors are nearest. This finds paraphrases that share no rare word, which the term index cannot
 * propose. Exhaustive over passages, which stays cheap for the story sizes a reader opens: every
 * pair's cosine is computed once (2,000 passages: two million dot products), rows in parallel.
 * The products are worked out for a block of rows against a block of columns at a time, over the
 * vectors laid out dimension by dimension, so that the JIT computes many pairs per instruction;
 * each pair's four running sums take the same values in the same order as
 * {@link LinkScorer#dot}'s, so every cosine is the very number {@code dot} gives.
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
        Pairs pairs = pairs(profiles, minCosine, true);
        int[][] partners = pairs.partners();
        float[][] cosines = pairs.cosines();
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

    /**
     * For each passage i, the passages j &gt; i of other articles with a cosine of at least the
     * minimum, in order of j, and their cosines.
     */
    record Pairs(int[][] partners, float[][] cosines) {
    }

    /** The pairs by blocks when {@code blocks} and the vectors are of one length, else one pair at a time. */
    static Pairs pairs(List<PassageProfile> profiles, double minCosine, boolean blocks) {
        int n = profiles.size();
        Pairs out = new Pairs(new int[n][], new float[n][]);
        int dimension = commonDimension(profiles);
        if (blocks && dimension > 0) {
            byBlocks(profiles, minCosine, dimension, out.partners(), out.cosines());
        } else {
            byPairs(profiles, minCosine, out.partners(), out.cosines());
        }
        return out;
    }

    /** Rows of a block. */
    private static final int ROWS = 8;
    /** Columns of a block (their sums, four per row, stay in the processor's cache). */
    private static final int COLUMNS = 256;

    /** The length of every vector, or 0 when there is none or two lengths differ. */
    private static int commonDimension(List<PassageProfile> profiles) {
        int dimension = 0;
        for (PassageProfile p : profiles) {
            if (p.vector != null) {
                if (dimension != 0 && p.vector.length != dimension) {
                    return 0;
                }
                dimension = p.vector.length;
            }
        }
        return dimension;
    }

    /**
     * For each row i, the columns j &gt; i of other articles with a cosine of at least
     * {@code minCosine}, in order of j, and their cosines: block by block. Sum k of pair (i, j)
     * adds the products of dimensions k, k + 4, k + 8, … in that order, then the leftover
     * dimensions go to sum 0, as in {@link LinkScorer#dot}.
     */
    private static void byBlocks(List<PassageProfile> profiles, double minCosine, int dimension, int[][] partners,
                                 float[][] cosines) {
        int n = profiles.size();
        // tiles[c][d][t]: dimension d of the vector of passage c * COLUMNS + t (zeros for none)
        float[][][] tiles = new float[(n + COLUMNS - 1) / COLUMNS][dimension][COLUMNS];
        for (int j = 0; j < n; j++) {
            float[] v = profiles.get(j).vector;
            if (v != null) {
                for (int d = 0; d < dimension; d++) {
                    tiles[j / COLUMNS][d][j % COLUMNS] = v[d];
                }
            }
        }
        int fours = dimension / 4 * 4;
        IntStream.range(0, (n + ROWS - 1) / ROWS).parallel().forEach(block -> {
            int from = block * ROWS;
            int to = Math.min(n, from + ROWS);
            float[][][] sums = new float[to - from][4][COLUMNS];
            float[][] rows = new float[to - from][];
            Found[] found = new Found[to - from];
            for (int r = 0; r < found.length; r++) {
                rows[r] = profiles.get(from + r).vector;
                found[r] = new Found();
            }
            for (int c = (from + 1) / COLUMNS; c * COLUMNS < n; c++) {
                int start = c * COLUMNS;
                int width = Math.min(COLUMNS, n - start);
                for (float[][] row : sums) {
                    for (float[] s : row) {
                        Arrays.fill(s, 0);
                    }
                }
                for (int d = 0; d < dimension; d++) {
                    float[] column = tiles[c][d];
                    int k = d < fours ? d & 3 : 0;
                    for (int r = 0; r < rows.length; r++) {
                        if (rows[r] != null) {
                            addProducts(sums[r][k], rows[r][d], column, width);
                        }
                    }
                }
                for (int r = 0; r < rows.length; r++) {
                    PassageProfile p = profiles.get(from + r);
                    if (rows[r] == null) {
                        continue;
                    }
                    float[][] s = sums[r];
                    for (int t = Math.max(0, from + r + 1 - start); t < width; t++) {
                        PassageProfile q = profiles.get(start + t);
                        if (q.articleIndex == p.articleIndex || q.vector == null) {
                            continue;
                        }
                        double cosine = (double) s[0][t] + s[1][t] + s[2][t] + s[3][t];
                        if (cosine >= minCosine) {
                            found[r].add(start + t, (float) cosine);
                        }
                    }
                }
            }
            for (int r = 0; r < found.length; r++) {
                partners[from + r] = Arrays.copyOf(found[r].js, found[r].count);
                cosines[from + r] = Arrays.copyOf(found[r].cs, found[r].count);
            }
        });
    }

    /**
     * {@code sum[t] += a * column[t]} for t below {@code width}: a loop the JIT vectorises (it
     * would not with another offset into {@code column}, which might be the same array).
     */
    private static void addProducts(float[] sum, float a, float[] column, int width) {
        for (int t = 0; t < width; t++) {
            sum[t] += a * column[t];
        }
    }

    /** Partners of one row as they are found. */
    private static final class Found {
        int[] js = new int[8];
        float[] cs = new float[8];
        int count;

        void add(int j, float c) {
            if (count == js.length) {
                js = Arrays.copyOf(js, count * 2);
                cs = Arrays.copyOf(cs, count * 2);
            }
            js[count] = j;
            cs[count] = c;
            count++;
        }
    }

    /** The same as {@link #byBlocks}, one pair at a time with {@link LinkScorer#dot}: for vectors of differing lengths. */
    private static void byPairs(List<PassageProfile> profiles, double minCosine, int[][] partners, float[][] cosines) {
        int n = profiles.size();
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
