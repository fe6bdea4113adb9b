package app.parallax.batch;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch-report OUTPUT report.html}: one self-contained HTML page over a batch's tables. */
@Command(name = "batch-report", mixinStandardHelpOptions = true,
        description = "Write one self-contained HTML page over the tables a batch wrote: outlet heat maps, disputes by kind, the most disputed claims.")
public final class BatchReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "The folder a batch wrote.")
    Path output;

    @Parameters(index = "1", paramLabel = "HTML", description = "The page to write (replaced if it exists).")
    Path html;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(output.resolve(OutputFolder.MARKER))) {
            err.println("parallax: " + output + ": not the output of a finished batch (no " + OutputFolder.MARKER + ")");
            return BatchCommand.USAGE;
        }
        if (Files.isSymbolicLink(html) || Files.isDirectory(html)) {
            err.println("parallax: " + html + ": is a folder or a symbolic link; not written");
            return BatchCommand.USAGE;
        }
        if (!SparkCheck.available()) {
            err.println("parallax: " + SparkCheck.MISSING);
            return BatchCommand.USAGE;
        }
        return SparkCheck.run(err, () -> BatchMain.report(output, html, err));
    }
}
