package app.parallax.cli;

import app.parallax.core.ComparisonResult;
import app.parallax.ingest.LoadedStory;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --pdf} option of {@code compare}. (PDF export lands with the export issue.) */
final class PdfOption {

    private PdfOption() {
    }

    static int write(ComparisonResult result, LoadedStory story, Path target, String layout, PrintWriter err) {
        err.println("parallax: " + target + ": PDF export is not available in this build");
        return Cli.USAGE;
    }

    /** Adds the PDF export line to the benchmark, once export exists. */
    static void benchmark(LoadedStory corpus, app.parallax.core.Comparison engine, PrintWriter out) {
        out.println("corpus PDF export                  (not available in this build)");
    }
}
