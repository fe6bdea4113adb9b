package app.parallax.core.align;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Candidate partners by meaning: for each passage, the passages of other articles whose sentence
 * vectors are nearest. This finds paraphrases that share no rare word, which the term index cannot
 * propose. Exhaustive over passages, which stays cheap for the story sizes a reader opens
 * (2,000 passages: four million dot products).
 */
final class MeaningNeighbours {

    private MeaningNeighbours() {
    }

    /** Up to {@code limit} nearest passages of other articles, nearest first; empty without a vector. */
    static int[] nearest(PassageProfile p, List<PassageProfile> profiles, int limit, double minCosine) {
        if (p.vector == null) {
            return new int[0];
        }
        PriorityQueue<double[]> best = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
        for (PassageProfile q : profiles) {
            if (q.articleIndex == p.articleIndex || q.vector == null) {
                continue;
            }
            double c = LinkScorer.dot(p.vector, q.vector);
            if (c >= minCosine && (best.size() < limit || c > best.peek()[0])) {
                best.add(new double[] {c, q.index});
                if (best.size() > limit) {
                    best.poll();
                }
            }
        }
        List<double[]> sorted = new ArrayList<>(best);
        sorted.sort((x, y) -> Double.compare(y[0], x[0]));
        return sorted.stream().mapToInt(x -> (int) x[1]).toArray();
    }
}
