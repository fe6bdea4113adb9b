package app.parallax.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Where the Spark-free commands hand over to Spark code. Kept apart so that
 * {@link BatchCommand} and {@link BatchReportCommand} load without Spark on the class path.
 */
final class BatchMain {

    private BatchMain() {
    }

    static int batch(BatchOptions options, PrintWriter log) throws IOException {
        BatchJob.Summary s = new BatchJob(options, log).run();
        log.printf("parallax batch: wrote %s: %d stories (%d not compared), %d error rows, %.1f s%n",
                options.output(), s.stories(), s.failed(), s.errors(), s.seconds());
        log.flush();
        return 0;
    }

    static int report(Path output, Path html, PrintWriter log) throws IOException {
        BatchReport.write(output, html);
        log.println("parallax batch-report: wrote " + html);
        log.flush();
        return 0;
    }
}
