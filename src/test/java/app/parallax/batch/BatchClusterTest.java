package app.parallax.batch;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch on a real Spark standalone cluster (a master and a worker JVM on 127.0.0.1, executors
 * in their own JVMs): its executor JVM is killed once the first task has finished, and the tables
 * are still complete and the same as {@code local[2]} writes for the same stories.
 */
class BatchClusterTest {

    static final int STORIES = 24;

    @TempDir
    Path tmp;

    @Test
    void anExecutorKilledDuringTheJobLosesNothingAndTheTablesMatchLocalMode() throws Exception {
        Path in = stories(tmp.resolve("stories"));
        Path onCluster = tmp.resolve("cluster");
        AtomicReference<String> killed = new AtomicReference<>();
        try (SparkStandalone cluster = new SparkStandalone(tmp)) {
            SparkSession spark = SparkSession.builder().master(cluster.masterUrl).appName("BatchClusterTest")
                    .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.executor.extraClassPath", String.join(java.io.File.pathSeparator, SparkStandalone.classPath()))
                    .config("spark.executor.extraJavaOptions", String.join(" ", SparkStandalone.jvmOptions()))
                    .config("spark.executor.memory", "1g").config("spark.cores.max", "2")
                    .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
            try {
                spark.sparkContext().addSparkListener(new SparkListener() {
                    @Override
                    public void onTaskEnd(SparkListenerTaskEnd end) {
                        if (end.taskInfo().successful() && killed.get() == null) {
                            cluster.anyExecutor().ifPresent(e -> {
                                if (killed.compareAndSet(null, "executor pid " + e.pid())) {
                                    e.destroyForcibly();
                                }
                            });
                        }
                    }
                });
                assertThat(batch(in, onCluster)).isZero();
            } finally {
                spark.stop();
            }
        }
        assertThat(killed.get()).as("an executor JVM was killed during the job").isNotNull();

        SparkSession local = SparkSession.builder().master("local[2]").appName("BatchClusterTest-local")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try {
            Path inLocal = tmp.resolve("local");
            assertThat(batch(in, inLocal)).isZero();
            for (String table : BatchJob.TABLES) {
                List<Row> cluster = local.read().parquet(onCluster.resolve(table).toString()).collectAsList();
                List<Row> reference = local.read().parquet(inLocal.resolve(table).toString()).collectAsList();
                assertThat(cluster).as(table).hasSameElementsAs(reference).hasSameSizeAs(reference);
            }
            assertThat(local.read().parquet(onCluster.resolve("errors").toString()).count()).isZero();
            assertThat(local.read().parquet(onCluster.resolve("articles").toString()).count()).isEqualTo(STORIES * 3L);
        } finally {
            local.stop();
        }
    }

    private static int batch(Path in, Path out) {
        StringWriter err = new StringWriter();
        int status = Cli.run(new String[] {"batch", in.toString(), out.toString(), "--fast", "--partitions", "12", "--time-limit", "3600"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        System.err.print(err);
        return status;
    }

    /** Stories of three invented reports each; the third outlet gives another day. */
    private static Path stories(Path root) throws Exception {
        for (int s = 0; s < STORIES; s++) {
            Path story = Files.createDirectories(root.resolve(String.format("story-%02d", s)));
            Files.writeString(story.resolve("planet.txt"), BatchStories.article(s * 100, 60, false, "Monday"));
            Files.writeString(story.resolve("star.txt"), BatchStories.article(s * 100 + 20, 60, true, "Monday"));
            Files.writeString(story.resolve("courier.txt"), BatchStories.article(s * 100 + 10, 60, false, "Friday"));
        }
        return root;
    }
}
