package app.parallax.batch;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The batch itself: reads the stories, runs {@link StoryRunner} on each (spread over the
 * cluster's tasks by a hash of the story key, so a retried task gets the same stories), keeps
 * every story's rows (memory, then disk) and writes the seven Parquet tables from them. Progress
 * goes to the log every few seconds and to the Spark UI (named accumulators, job descriptions).
 */
final class BatchJob {

    static final List<String> TABLES = List.of("articles", "passages", "links", "conflicts", "claims", "errors",
            "outlet_pairs");

    private final BatchOptions options;
    private final PrintWriter log;

    BatchJob(BatchOptions options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    /** Summary of a finished run. */
    record Summary(long stories, long failed, long errors, double seconds) {
    }

    /** Runs in a new or the current Spark session (spark-submit's); stops a session it started. */
    Summary run() throws IOException {
        boolean ownSession = SparkSession.getActiveSession().isEmpty();
        SparkSession spark = session();
        try {
            return run(spark);
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    Summary run(SparkSession spark) throws IOException {
        OutputFolder.clear(options.output());
        long start = System.nanoTime();
        LongAccumulator done = spark.sparkContext().longAccumulator("stories done");
        LongAccumulator failed = spark.sparkContext().longAccumulator("stories failed");
        StoryInputs.Read in = StoryInputs.read(spark, options.input());
        StoryRunner runner = new StoryRunner(options, done, failed);
        Dataset<Row> stories = in.stories().repartition(partitions(spark), col("story"));
        Dataset<Row> results = spark.createDataFrame(stories.javaRDD().map(runner::run), StoryRunner.OUTPUT)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try (Progress progress = Progress.start(log, done, failed, start)) {
            for (String table : List.of("articles", "passages", "links", "conflicts", "claims")) {
                write(spark, table, explodeAll(results, table));
            }
            Dataset<Row> errors = in.errors().unionByName(explodeAll(results, "errors"));
            write(spark, "errors", errors);
            write(spark, "outlet_pairs", OutletPairs.total(explodeAll(results, "pairs")));
            long errorRows = spark.read().parquet(table("errors")).count();
            Summary s = new Summary(done.value(), failed.value(), errorRows, (System.nanoTime() - start) / 1e9);
            OutputFolder.writeMarker(options.output(), summaryJson(s, spark));
            progress.finish(s);
            return s;
        } finally {
            results.unpersist();
        }
    }

    private SparkSession session() {
        SparkConf conf = new SparkConf(true);
        SparkSession.Builder b = SparkSession.builder().appName("parallax batch")
                .config("spark.ui.showConsoleProgress", "false");
        if (options.master() != null) {
            b.master(options.master());
        } else if (!conf.contains("spark.master")) {
            b.master("local[*]");
        }
        if (!conf.contains("spark.sql.shuffle.partitions")) {
            b.config("spark.sql.shuffle.partitions", "8");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    private int partitions(SparkSession spark) {
        return options.partitions() > 0 ? options.partitions() : Math.max(2, spark.sparkContext().defaultParallelism() * 4);
    }

    private static Dataset<Row> explodeAll(Dataset<Row> results, String column) {
        return results.select(explode(col(column)).as("r")).select("r.*");
    }

    private void write(SparkSession spark, String name, Dataset<Row> rows) {
        spark.sparkContext().setJobDescription("parallax batch: writing " + name);
        rows.write().mode(SaveMode.ErrorIfExists).parquet(table(name));
    }

    private String table(String name) {
        return options.output().resolve(name).toString();
    }

    private String summaryJson(Summary s, SparkSession spark) throws IOException {
        ObjectNode n = new ObjectMapper().createObjectNode()
                .put("input", options.input().toAbsolutePath().toString())
                .put("engine", options.fast() ? "words only" : "words and meaning")
                .put("master", spark.sparkContext().master())
                .put("finished", Instant.now().toString())
                .put("stories", s.stories()).put("storiesFailed", s.failed()).put("errors", s.errors())
                .put("seconds", s.seconds()).put("timeLimitSeconds", options.timeLimit().toSeconds());
        TABLES.forEach(n.putArray("tables")::add);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(n);
    }

    /** Logs stories done, stories per second and failures every few seconds while the job runs. */
    static final class Progress implements AutoCloseable {
        private final PrintWriter log;
        private final LongAccumulator done;
        private final LongAccumulator failed;
        private final long start;
        private final Thread thread;

        private Progress(PrintWriter log, LongAccumulator done, LongAccumulator failed, long start) {
            this.log = log;
            this.done = done;
            this.failed = failed;
            this.start = start;
            this.thread = new Thread(this::loop, "parallax-batch-progress");
            thread.setDaemon(true);
        }

        static Progress start(PrintWriter log, LongAccumulator done, LongAccumulator failed, long start) {
            Progress p = new Progress(log, done, failed, start);
            p.thread.start();
            return p;
        }

        private void loop() {
            long last = -1;
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(5000);
                    if (done.value() != last) {
                        last = done.value();
                        line(last, failed.value());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void line(long stories, long failures) {
            double seconds = (System.nanoTime() - start) / 1e9;
            log.printf("parallax batch: %d stories done (%.2f/s), %d failed, %.0f s%n", stories,
                    stories / Math.max(seconds, 1e-3), failures, seconds);
            log.flush();
        }

        void finish(Summary s) {
            line(s.stories(), s.failed());
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }
}
