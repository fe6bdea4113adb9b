package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Vectors kept as a byte a dimension compare almost as their floats do: the word aligner's
 * decisions (a cosine of 0.80 aligns two words) must not move with the storage.
 */
class QuantisedVectorsTest {

    private static final int DIM = 384;

    @Test
    void cosineOfQuantisedVectorsIsWithinAFewThousandthsOfTheFloatCosine() {
        assertThat(worstCosineError(new Random(7), 500, false)).isLessThan(0.005);
    }

    @Test
    void aDimensionFarLargerThanTheRestStillLeavesTheCosineClose() {
        assertThat(worstCosineError(new Random(11), 200, true)).isLessThan(0.01);
    }

    @Test
    void vectorsOfTwoSetsCompareAcrossSets() {
        Random r = new Random(3);
        float[] x = gaussian(r);
        float[] y = mix(x, gaussian(r), 0.5);
        QuantisedVectors a = QuantisedVectors.of(new float[][] {null, x});
        QuantisedVectors b = QuantisedVectors.of(new float[][] {y});

        assertThat(a.cosine(1, b, 0)).isCloseTo(cosine(x, y), offset(0.005));
        assertThat(b.cosine(0, a, 1)).isEqualTo(a.cosine(1, b, 0));
        assertThat(a.cosine(1, a, 1)).isCloseTo(1.0, offset(1e-6));
    }

    @Test
    void anIndexWithoutAVectorHasNoneAndResemblesNothing() {
        float[] x = gaussian(new Random(5));
        QuantisedVectors q = QuantisedVectors.of(new float[][] {x, null, new float[DIM]});

        assertThat(q.size()).isEqualTo(3);
        assertThat(q.has(0)).isTrue();
        assertThat(q.has(1)).isFalse();
        assertThat(q.has(2)).as("a zero vector has no direction").isFalse();
        assertThat(q.cosine(0, q, 1)).isZero();
        assertThat(q.unitVector(1)).isNull();
    }

    @Test
    void rowsCopiedOutAndReadBackCompareAlike() {
        Random r = new Random(9);
        float[] x = gaussian(r);
        float[] y = gaussian(r);
        QuantisedVectors q = QuantisedVectors.of(new float[][] {x, null, y});
        byte[] rows = new byte[3 * DIM];
        for (int i = 0; i < 3; i++) {
            q.copyRow(i, rows, i * DIM);
        }

        QuantisedVectors back = QuantisedVectors.ofRows(rows, DIM);

        assertThat(back.has(1)).isFalse();
        assertThat(back.cosine(0, back, 2)).isEqualTo(q.cosine(0, q, 2));
        assertThat(back.cosine(0, q, 0)).isCloseTo(1.0, offset(1e-6));
        assertThatThrownBy(() -> QuantisedVectors.ofRows(new byte[DIM + 1], DIM)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unitVectorsSumToTheMeanDirection() {
        Random r = new Random(13);
        float[] x = gaussian(r);
        float[] y = gaussian(r);
        QuantisedVectors q = QuantisedVectors.of(new float[][] {x, y});
        float[] sum = new float[DIM];
        q.addUnitTo(0, sum);
        q.addUnitTo(1, sum);
        float[] want = new float[DIM];
        double nx = Math.sqrt(dot(x, x));
        double ny = Math.sqrt(dot(y, y));
        for (int k = 0; k < DIM; k++) {
            want[k] = (float) (x[k] / nx + y[k] / ny);
        }

        assertThat(cosine(sum, want)).isGreaterThan(0.999);
        assertThat(dot(q.unitVector(0), q.unitVector(0))).isCloseTo(1.0, offset(1e-5));
    }

    @Test
    void theBuilderQuantisesEachVectorAsItIsPutSoOneScratchArrayServesAll() {
        Random r = new Random(17);
        float[] x = gaussian(r);
        float[] y = gaussian(r);
        float[] scratch = x.clone();
        QuantisedVectors.Builder b = new QuantisedVectors.Builder(4, DIM, 2);
        b.put(3, scratch);
        System.arraycopy(y, 0, scratch, 0, DIM);
        b.put(1, scratch);
        QuantisedVectors q = b.build();

        assertThat(q.has(0)).isFalse();
        assertThat(q.cosine(3, q, 1)).isCloseTo(cosine(x, y), offset(0.005));
        assertThatThrownBy(() -> new QuantisedVectors.Builder(1, DIM, 1).put(0, new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCopiedVectorIsTheVectorItsUnitVectorQuantisesTo() {
        Random r = new Random(19);
        QuantisedVectors pieces = QuantisedVectors.of(new float[][] {gaussian(r), gaussian(r)});
        QuantisedVectors copied = new QuantisedVectors.Builder(2, DIM, 2).copy(1, pieces, 0).build();
        QuantisedVectors again = new QuantisedVectors.Builder(2, DIM, 2).put(1, pieces.unitVector(0)).build();
        byte[] x = new byte[DIM];
        byte[] y = new byte[DIM];
        copied.copyRow(1, x, 0);
        again.copyRow(1, y, 0);

        assertThat(x).isEqualTo(y);
        assertThat(copied.cosine(1, pieces, 1)).isEqualTo(again.cosine(1, pieces, 1));
        assertThat(copied.has(0)).isFalse();
    }

    @Test
    void aDimensionNotAMultipleOfFourKeepsEveryComponent() {
        float[] x = {0.5f, -1, 0.25f, 0, 1, -0.75f, 0.1f};
        float[] y = {-0.5f, 1, 0.25f, 0.3f, 1, 0.75f, -0.9f};
        QuantisedVectors q = QuantisedVectors.of(new float[][] {x, y});
        byte[] row = new byte[7];
        q.copyRow(0, row, 0);

        assertThat(row).containsExactly(64, -127, 32, 0, 127, -95, 13);
        assertThat(q.cosine(0, q, 1)).isCloseTo(cosine(x, y), offset(0.01));
        assertThat(QuantisedVectors.ofRows(row, 7).cosine(0, q, 0)).isCloseTo(1.0, offset(1e-6));
    }

    private static float[] gaussian(Random r) {
        float[] v = new float[DIM];
        for (int k = 0; k < DIM; k++) {
            v[k] = (float) r.nextGaussian();
        }
        return v;
    }

    /** {@code share} of x's direction and the rest y's: cosines spread over the whole range. */
    private static float[] mix(float[] x, float[] y, double share) {
        float[] v = new float[DIM];
        for (int k = 0; k < DIM; k++) {
            v[k] = (float) (share * x[k] + (1 - share) * y[k]);
        }
        return v;
    }

    private static double cosine(float[] x, float[] y) {
        return dot(x, y) / Math.sqrt(dot(x, x) * dot(y, y));
    }

    private static double dot(float[] x, float[] y) {
        double s = 0;
        for (int k = 0; k < x.length; k++) {
            s += (double) x[k] * y[k];
        }
        return s;
    }

    /**
     * The largest gap between the quantised and the exact cosine over {@code pairs} random pairs
     * of related vectors; with {@code spike}, dimension 17 of both far larger than the rest.
     */
    private static double worstCosineError(Random r, int pairs, boolean spike) {
        double worst = 0;
        for (int n = 0; n < pairs; n++) {
            float[] x = gaussian(r);
            float[] y = mix(x, gaussian(r), r.nextDouble());
            if (spike) {
                x[17] = 8;
                y[17] = 7;
            }
            QuantisedVectors q = QuantisedVectors.of(new float[][] {x, y});
            worst = Math.max(worst, Math.abs(q.cosine(0, q, 1) - cosine(x, y)));
        }
        return worst;
    }
}
