package app.parallax.batch;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code batch INPUT OUTPUT}: the comparison of every story in INPUT on Apache Spark, in-process
 * ({@code local[*]}) by default or on the cluster {@code spark-submit} names. This class touches
 * no Spark type, so the desktop app (which does not carry Spark) can still list it and say how to
 * get Spark when it is missing.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Compare every story of INPUT on Apache Spark and write Parquet tables to OUTPUT.")
public final class BatchCommand implements Callable<Integer> {

    /** Exit status for bad arguments and unreadable input (as the other commands). */
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT",
            description = "A folder of story folders, a JSON Lines file (.jsonl, .jsonl.gz: story, outlet, title, date, url, text) or Parquet with those columns.")
    Path input;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "A new folder for the tables.")
    Path output;

    @Option(names = "--fast", description = "Compare by words alone: no sentence model.")
    boolean fast;

    @Option(names = "--overwrite", description = "Replace OUTPUT if an earlier batch wrote it.")
    boolean overwrite;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
            description = "A story not compared within this time goes to the errors table (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] or spark://host:7077 (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Sentence-vector cache folder on every executor (default: each machine's own cache folder).")
    String cacheDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Spread the stories over N tasks (default: 4 per core).")
    int partitions;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (timeLimitSeconds <= 0 || partitions < 0) {
            err.println("parallax: --time-limit must be positive and --partitions not negative");
            return USAGE;
        }
        if (!SparkCheck.available()) {
            err.println("parallax: " + SparkCheck.MISSING);
            return USAGE;
        }
        Optional<String> problem = OutputFolder.problem(input, output, overwrite);
        if (problem.isPresent()) {
            err.println("parallax: " + problem.get());
            return USAGE;
        }
        BatchOptions options = new BatchOptions(input, output, fast, overwrite,
                Duration.ofMillis(Math.round(timeLimitSeconds * 1000)), master, cacheDir, partitions);
        return SparkCheck.run(err, () -> BatchMain.batch(options, err));
    }
}
