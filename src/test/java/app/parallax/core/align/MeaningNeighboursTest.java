package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cosines worked out block by block are the very numbers {@link LinkScorer#dot} gives pair by
 * pair, so the neighbours found do not depend on how they are computed.
 */
class MeaningNeighboursTest {

    @Test
    void blocksGiveTheSameCosinesAsPairByPair() {
        for (int dimension : new int[] {384, 7, 3, 1}) {
            for (int n : new int[] {0, 1, 9, 300}) {
                List<PassageProfile> profiles = profiles(n, dimension, new Random(n * 31L + dimension));
                MeaningNeighbours.Pairs blocks = MeaningNeighbours.pairs(profiles, 0.1, true);
                MeaningNeighbours.Pairs pairs = MeaningNeighbours.pairs(profiles, 0.1, false);
                for (int i = 0; i < n; i++) {
                    assertThat(blocks.partners()[i]).as("partners of %d, n %d, dimension %d", i, n, dimension)
                            .isEqualTo(pairs.partners()[i]);
                    assertThat(blocks.cosines()[i]).as("cosines of %d", i).isEqualTo(pairs.cosines()[i]);
                }
            }
        }
    }

    @Test
    void pairsHoldEveryCosineAboveTheMinimumOfOtherArticlesOnce() {
        List<PassageProfile> profiles = profiles(300, 384, new Random(5));
        MeaningNeighbours.Pairs blocks = MeaningNeighbours.pairs(profiles, 0.1, true);
        int found = 0;
        for (int i = 0; i < profiles.size(); i++) {
            for (int j = i + 1; j < profiles.size(); j++) {
                PassageProfile p = profiles.get(i);
                PassageProfile q = profiles.get(j);
                boolean want = p.vector != null && q.vector != null && p.articleIndex != q.articleIndex
                        && LinkScorer.dot(p.vector, q.vector) >= 0.1;
                int at = java.util.Arrays.binarySearch(blocks.partners()[i], j);
                assertThat(at >= 0).as("%d, %d", i, j).isEqualTo(want);
                if (want) {
                    assertThat(blocks.cosines()[i][at]).isEqualTo((float) LinkScorer.dot(p.vector, q.vector));
                    found++;
                }
            }
        }
        assertThat(found).isGreaterThan(1000);
    }

    /** Unit vectors near a few directions (so that many pairs pass the minimum), some passages without one. */
    private static List<PassageProfile> profiles(int n, int dimension, Random random) {
        return profiles(n, dimension, random, false);
    }

    /**
     * Passage i of article i % 7, "Sentence i.", with a unit vector near one of a few directions
     * (so that many pairs pass the minimum); every eleventh passage from the sixth on without one
     * unless {@code allWithVectors}.
     */
    static List<PassageProfile> profiles(int n, int dimension, Random random, boolean allWithVectors) {
        float[][] centres = new float[3][dimension];
        for (float[] c : centres) {
            for (int d = 0; d < dimension; d++) {
                c[d] = (float) random.nextGaussian();
            }
        }
        List<PassageProfile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Passage passage = new Passage("p" + i, "a" + i % 7, i, new TextRange(0, 1), "Sentence " + i + ".", false);
            PassageProfile p = new PassageProfile(i, i % 7, i, passage, List.of(), "x", null);
            if (allWithVectors || i % 11 != 5) {
                float[] v = new float[dimension];
                float[] c = centres[random.nextInt(centres.length)];
                double norm = 0;
                for (int d = 0; d < dimension; d++) {
                    v[d] = c[d] + (float) random.nextGaussian() * 0.7f;
                    norm += v[d] * v[d];
                }
                for (int d = 0; d < dimension; d++) {
                    v[d] /= (float) Math.sqrt(norm);
                }
                p.vector = v;
            }
            out.add(p);
        }
        return out;
    }
}
