package app.parallax.batch;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Whether Spark is on the class path, and the one line saying how to get it when it is not. */
final class SparkCheck {

    static final String MISSING = "batch needs Apache Spark on the class path, which the desktop app does not carry:"
            + " build it with ./mvnw -Pbatch package and run target/parallax-batch, or use spark-submit"
            + " (README, \"Batch on Spark\")";

    private SparkCheck() {
    }

    static boolean available() {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Runs a Spark action; a bad INPUT or a failed job becomes one line and a status. */
    static int run(PrintWriter err, Callable<Integer> action) {
        try {
            return action.call();
        } catch (IllegalArgumentException e) {
            err.println("parallax: " + e.getMessage());
            return BatchCommand.USAGE;
        } catch (Exception e) {
            err.println("parallax: the batch failed: " + e);
            return 1;
        }
    }
}
