package app.parallax.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Vectors of one dimension kept small: a signed byte a dimension (the largest component of each
 * vector maps to ±127) and one scale a vector, about a quarter of the bytes of floats. The model's
 * contextual vectors of a big story's words fit in memory this way. What is compared is the
 * direction of the quantised vectors themselves: for the model's 384 dimensions their cosine stays
 * within about 0.005 of the floats'. Each index may hold a vector or none (a word the model gave
 * no vector).
 * <p>
 * The bytes are packed four to an {@code int}, and a dot product unpacks them with shifts: the
 * JIT turns that loop into vector instructions, which it does not for a loop over a byte array,
 * so two vectors compare about twice as fast as floats and three times as fast as plain bytes.
 */
public final class QuantisedVectors {

    /** The byte a vector's largest component maps to. */
    static final int LEVELS = 127;
    private static final int PER_INT = 4;
    private final int dimension;
    /** Ints a row takes: the dimension over four, rounded up (the last int padded with zeros). */
    private final int stride;
    /** By index: its row, or -1 for none. */
    private final int[] rowOf;
    /** The rows' bytes packed four to an int (first byte highest), one row after another. */
    private final int[] packed;
    /** By row: one over the length of its bytes, so that a row's bytes times it is a unit vector. */
    private final float[] unitScale;

    private QuantisedVectors(int dimension, int[] rowOf, int[] packed, float[] unitScale) {
        this.dimension = dimension;
        this.stride = strideOf(dimension);
        this.rowOf = rowOf;
        this.packed = packed;
        this.unitScale = unitScale;
    }

    private static int strideOf(int dimension) {
        return (dimension + PER_INT - 1) / PER_INT;
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
     * them); a row of zeros counts as none.
     *
     * @throws IllegalArgumentException if the bytes are not whole rows
     */
    public static QuantisedVectors ofRows(byte[] rows, int dimension) {
        Objects.requireNonNull(rows, "rows");
        if (dimension <= 0 || rows.length % dimension != 0) {
            throw new IllegalArgumentException("not whole rows of " + dimension + ": " + rows.length + " bytes");
        }
        int n = rows.length / dimension;
        Builder b = new Builder(n, dimension, n);
        for (int i = 0; i < n; i++) {
            b.putBytes(i, rows, i * dimension);
        }
        return b.build();
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
        return (double) dot(packed, r * stride, other.packed, s * stride, stride) * unitScale[r] * other.unitScale[s];
    }

    /** Integer dot product of two packed rows: each int's four signed bytes multiplied in place. */
    private static int dot(int[] x, int at, int[] y, int bt, int n) {
        int s = 0;
        for (int k = 0; k < n; k++) {
            int a = x[at + k];
            int b = y[bt + k];
            s += (a >> 24) * (b >> 24) + ((a << 8) >> 24) * ((b << 8) >> 24)
                    + ((a << 16) >> 24) * ((b << 16) >> 24) + ((a << 24) >> 24) * ((b << 24) >> 24);
        }
        return s;
    }

    /** Byte {@code d} of row {@code r}. */
    private byte at(int r, int d) {
        return (byte) (packed[r * stride + d / PER_INT] >> (24 - 8 * (d % PER_INT)));
    }

    /** Adds the unit-length vector of index {@code i} (nothing when it has none) to {@code sum}. */
    public void addUnitTo(int i, float[] sum) {
        int r = rowOf[i];
        if (r < 0) {
            return;
        }
        float scale = unitScale[r];
        int row = r * stride;
        int full = dimension / PER_INT;
        for (int q = 0; q < full; q++) {
            int v = packed[row + q];
            int d = q * PER_INT;
            sum[d] += (v >> 24) * scale;
            sum[d + 1] += ((v << 8) >> 24) * scale;
            sum[d + 2] += ((v << 16) >> 24) * scale;
            sum[d + 3] += ((v << 24) >> 24) * scale;
        }
        for (int d = full * PER_INT; d < dimension; d++) {
            sum[d] += at(r, d) * scale;
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
        for (int d = 0; d < dimension; d++) {
            out[at + d] = r < 0 ? 0 : at(r, d);
        }
    }

    /** Bytes held, for memory bounds. */
    public long bytes() {
        return 64L + 4L * packed.length + 4L * rowOf.length + 4L * unitScale.length;
    }

    /**
     * Builds vectors index by index without keeping the floats: each vector is quantised as it is
     * put, so one scratch array can serve every index.
     */
    public static final class Builder {
        private final int dimension;
        private final int stride;
        private final int[] rowOf;
        private int[] packed;
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
            this.stride = strideOf(dimension);
            this.rowOf = new int[size];
            Arrays.fill(rowOf, -1);
            int room = Math.min(size, expected);
            this.packed = new int[room * stride];
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
            requireFree(i);
            float largest = 0;
            for (float x : vector) {
                largest = Math.max(largest, Math.abs(x));
            }
            if (!(largest > 0) || !Float.isFinite(largest)) {
                return this;
            }
            float toByte = LEVELS / largest;
            long square = 0;
            int at = startRow();
            for (int d = 0; d < dimension; d++) {
                int q = Math.round(vector[d] * toByte);
                packed[at + d / PER_INT] |= (q & 0xff) << (24 - 8 * (d % PER_INT));
                square += q * q;
            }
            endRow(i, (float) (1 / Math.sqrt(square)));
            return this;
        }

        /** Index {@code i}'s vector as bytes, {@code dimension} of them from {@code at}; zeros leave it without one. */
        void putBytes(int i, byte[] bytes, int at) {
            requireFree(i);
            long square = 0;
            for (int d = 0; d < dimension; d++) {
                square += bytes[at + d] * bytes[at + d];
            }
            if (square == 0) {
                return;
            }
            int row = startRow();
            int full = dimension / PER_INT;
            for (int q = 0; q < full; q++) {
                int b = at + q * PER_INT;
                packed[row + q] = (bytes[b] & 0xff) << 24 | (bytes[b + 1] & 0xff) << 16
                        | (bytes[b + 2] & 0xff) << 8 | (bytes[b + 3] & 0xff);
            }
            for (int d = full * PER_INT; d < dimension; d++) {
                packed[row + d / PER_INT] |= (bytes[at + d] & 0xff) << (24 - 8 * (d % PER_INT));
            }
            endRow(i, (float) (1 / Math.sqrt(square)));
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
            requireFree(i);
            int r = from.rowOf[j];
            if (r < 0) {
                return this;
            }
            System.arraycopy(from.packed, r * stride, packed, startRow(), stride);
            endRow(i, from.unitScale[r]);
            return this;
        }

        private void requireFree(int i) {
            if (rowOf[i] >= 0) {
                throw new IllegalArgumentException("index " + i + " already has a vector");
            }
        }

        /** Makes room for one more row and returns where it starts (zeroed). */
        private int startRow() {
            if (rows == unitScale.length) {
                int capacity = Math.min(rowOf.length, Math.max(4, rows * 2));
                packed = Arrays.copyOf(packed, capacity * stride);
                unitScale = Arrays.copyOf(unitScale, capacity);
            }
            return rows * stride;
        }

        private void endRow(int i, float scale) {
            unitScale[rows] = scale;
            rowOf[i] = rows++;
        }

        /** The vectors put so far; the builder must not be used after. */
        public QuantisedVectors build() {
            return rows == unitScale.length ? new QuantisedVectors(dimension, rowOf, packed, unitScale)
                    : new QuantisedVectors(dimension, rowOf, Arrays.copyOf(packed, rows * stride),
                            Arrays.copyOf(unitScale, rows));
        }
    }
}
