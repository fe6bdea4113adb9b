package app.parallax.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Vectors of one dimension kept small: a signed byte a dimension (the largest component of each
 * vector maps to ±127) and one scale a vector, about a quarter of the bytes of floats. The model's
 * contextual vectors of a big story's words fit in memory this way, and two are compared by an
 * integer dot product of their bytes. What is compared is the direction of the quantised vectors
 * themselves: for the model's 384 dimensions their cosine stays within about 0.005 of the
 * floats'. Each index may hold a vector or none (a word the model gave no vector).
 */
public final class QuantisedVectors {

    /** The byte a vector's largest component maps to. */
    static final int LEVELS = 127;
    private final int dimension;
    /** By index: its row, or -1 for none. */
    private final int[] rowOf;
    /** The rows' bytes, one row after another. */
    private final byte[] values;
    /** By row: one over the length of its bytes, so that a row's bytes times it is a unit vector. */
    private final float[] unitScale;

    private QuantisedVectors(int dimension, int[] rowOf, byte[] values, float[] unitScale) {
        this.dimension = dimension;
        this.rowOf = rowOf;
        this.values = values;
        this.unitScale = unitScale;
    }

    /**
     * Quantises the vectors (of any length; only their directions are kept).
     *
     * @param vectors one vector or null per index, all of one dimension; a zero vector counts as none
     * @throws IllegalArgumentException if two vectors differ in dimension
     */
    public static QuantisedVectors of(float[][] vectors) {
        Objects.requireNonNull(vectors, "vectors");
        int dimension = Arrays.stream(vectors).filter(Objects::nonNull).mapToInt(v -> v.length).findFirst().orElse(0);
        Builder b = new Builder(vectors.length, dimension, (int) Arrays.stream(vectors).filter(Objects::nonNull).count());
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i] != null) {
                b.put(i, vectors[i]);
            }
        }
        return b.build();
    }

    /**
     * Vectors already quantised, one row of {@code dimension} bytes per index (as a cache stores
     * them); a row of zeros counts as none. The array is kept, not copied.
     *
     * @throws IllegalArgumentException if the bytes are not whole rows
     */
    public static QuantisedVectors ofRows(byte[] rows, int dimension) {
        Objects.requireNonNull(rows, "rows");
        if (dimension <= 0 || rows.length % dimension != 0) {
            throw new IllegalArgumentException("not whole rows of " + dimension + ": " + rows.length + " bytes");
        }
        int n = rows.length / dimension;
        int[] rowOf = new int[n];
        float[] scale = new float[n];
        for (int r = 0; r < n; r++) {
            long square = 0;
            for (int at = r * dimension, end = at + dimension; at < end; at++) {
                square += rows[at] * rows[at];
            }
            scale[r] = square == 0 ? 0 : (float) (1 / Math.sqrt(square));
            rowOf[r] = square == 0 ? -1 : r;
        }
        return new QuantisedVectors(dimension, rowOf, rows, scale);
    }

    /** How many indexes (with a vector or not). */
    public int size() {
        return rowOf.length;
    }

    /** The length of every vector; 0 when there is none. */
    public int dimension() {
        return dimension;
    }

    /** Whether index {@code i} holds a vector. */
    public boolean has(int i) {
        return rowOf[i] >= 0;
    }

    /**
     * The cosine of vector {@code i} with vector {@code j} of {@code other}, from their bytes; 0
     * when either has none.
     *
     * @throws IllegalArgumentException if the two differ in dimension
     */
    public double cosine(int i, QuantisedVectors other, int j) {
        int r = rowOf[i];
        int s = other.rowOf[j];
        if (r < 0 || s < 0) {
            return 0;
        }
        if (other.dimension != dimension) {
            throw new IllegalArgumentException("dimensions differ: " + dimension + " and " + other.dimension);
        }
        return (double) dot(values, r * dimension, other.values, s * dimension, dimension) * unitScale[r] * other.unitScale[s];
    }

    /** Integer dot product; four running sums let the processor overlap the multiplications. */
    private static int dot(byte[] x, int at, byte[] y, int bt, int n) {
        int s0 = 0;
        int s1 = 0;
        int s2 = 0;
        int s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += x[at + k] * y[bt + k];
            s1 += x[at + k + 1] * y[bt + k + 1];
            s2 += x[at + k + 2] * y[bt + k + 2];
            s3 += x[at + k + 3] * y[bt + k + 3];
        }
        for (; k < n; k++) {
            s0 += x[at + k] * y[bt + k];
        }
        return s0 + s1 + s2 + s3;
    }

    /** Adds the unit-length vector of index {@code i} (nothing when it has none) to {@code sum}. */
    public void addUnitTo(int i, float[] sum) {
        int r = rowOf[i];
        if (r < 0) {
            return;
        }
        float scale = unitScale[r];
        for (int k = 0, at = r * dimension; k < dimension; k++, at++) {
            sum[k] += values[at] * scale;
        }
    }

    /** The factor that turns index {@code i}'s bytes into its unit vector; 0 when it has none. */
    public float unitScale(int i) {
        return rowOf[i] < 0 ? 0 : unitScale[rowOf[i]];
    }

    /** The unit-length vector of index {@code i} as floats, or null when it has none. */
    public float[] unitVector(int i) {
        if (!has(i)) {
            return null;
        }
        float[] out = new float[dimension];
        addUnitTo(i, out);
        return out;
    }

    /**
     * Copies the bytes of index {@code i} into {@code out} from {@code at} ({@link #dimension()}
     * zeros when it has none), as {@link #ofRows} reads them back.
     */
    public void copyRow(int i, byte[] out, int at) {
        int r = rowOf[i];
        if (r < 0) {
            Arrays.fill(out, at, at + dimension, (byte) 0);
        } else {
            System.arraycopy(values, r * dimension, out, at, dimension);
        }
    }

    /** Bytes held, for memory bounds. */
    public long bytes() {
        return 64L + values.length + 4L * rowOf.length + 4L * unitScale.length;
    }

    /**
     * Builds vectors index by index without keeping the floats: each vector is quantised as it is
     * put, so one scratch array can serve every index.
     */
    public static final class Builder {
        private final int dimension;
        private final int[] rowOf;
        private byte[] values;
        private float[] unitScale;
        private int rows;

        /**
         * @param size      how many indexes
         * @param dimension the length of every vector put
         * @param expected  how many vectors will likely be put (room is made for them at once)
         */
        public Builder(int size, int dimension, int expected) {
            if (size < 0 || dimension < 0 || expected < 0) {
                throw new IllegalArgumentException("size, dimension and expected must not be negative: "
                        + size + ", " + dimension + ", " + expected);
            }
            this.dimension = dimension;
            this.rowOf = new int[size];
            Arrays.fill(rowOf, -1);
            int room = Math.min(size, expected);
            this.values = new byte[room * dimension];
            this.unitScale = new float[room];
        }

        /**
         * Quantises {@code vector} (of any length; not kept) as index {@code i}'s; a zero vector
         * leaves it without one.
         *
         * @throws IllegalArgumentException if the vector's length is not the dimension or i already has one
         */
        public Builder put(int i, float[] vector) {
            if (vector.length != dimension) {
                throw new IllegalArgumentException("vector of " + vector.length + " for dimension " + dimension);
            }
            if (rowOf[i] >= 0) {
                throw new IllegalArgumentException("index " + i + " already has a vector");
            }
            float largest = 0;
            for (float x : vector) {
                largest = Math.max(largest, Math.abs(x));
            }
            if (!(largest > 0) || !Float.isFinite(largest)) {
                return this;
            }
            grow();
            int at = rows * dimension;
            float toByte = LEVELS / largest;
            long square = 0;
            for (int k = 0; k < dimension; k++) {
                int q = Math.round(vector[k] * toByte);
                values[at + k] = (byte) q;
                square += q * q;
            }
            unitScale[rows] = (float) (1 / Math.sqrt(square));
            rowOf[i] = rows++;
            return this;
        }

        /**
         * Gives index {@code i} the vector of index {@code j} of {@code from} as it is (the same
         * bytes: already quantised, it would quantise to itself); nothing when that has none.
         *
         * @throws IllegalArgumentException if the dimensions differ or i already has a vector
         */
        public Builder copy(int i, QuantisedVectors from, int j) {
            if (from.dimension != dimension) {
                throw new IllegalArgumentException("vectors of dimension " + from.dimension + " for dimension " + dimension);
            }
            if (rowOf[i] >= 0) {
                throw new IllegalArgumentException("index " + i + " already has a vector");
            }
            int r = from.rowOf[j];
            if (r < 0) {
                return this;
            }
            grow();
            System.arraycopy(from.values, r * dimension, values, rows * dimension, dimension);
            unitScale[rows] = from.unitScale[r];
            rowOf[i] = rows++;
            return this;
        }

        private void grow() {
            if (rows == unitScale.length) {
                int capacity = Math.min(rowOf.length, Math.max(4, rows * 2));
                values = Arrays.copyOf(values, capacity * dimension);
                unitScale = Arrays.copyOf(unitScale, capacity);
            }
        }

        /** The vectors put so far; the builder must not be used after. */
        public QuantisedVectors build() {
            return rows == unitScale.length ? new QuantisedVectors(dimension, rowOf, values, unitScale)
                    : new QuantisedVectors(dimension, rowOf, Arrays.copyOf(values, rows * dimension),
                            Arrays.copyOf(unitScale, rows));
        }
    }
}
