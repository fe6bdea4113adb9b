package app.parallax.batch;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What one batch run was asked to do.
 *
 * @param input      a folder of story folders, a JSON Lines file (gzip too) or Parquet
 * @param output     the folder the tables are written into; must not exist unless {@code overwrite}
 * @param fast       words only, no sentence model
 * @param overwrite  replace an existing OUTPUT
 * @param timeLimit  per story; a story not compared by then goes to {@code errors}
 * @param master     the Spark master; null to take spark-submit's, else {@code local[*]}
 * @param cacheDir   the executors' vector cache folder; null for each machine's own cache folder
 * @param partitions stories are spread over this many tasks; 0 to choose from the story count
 */
record BatchOptions(Path input, Path output, boolean fast, boolean overwrite, Duration timeLimit, String master,
                    String cacheDir, int partitions) implements Serializable {

    BatchOptions {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + timeLimit);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must not be negative: " + partitions);
        }
    }
}
