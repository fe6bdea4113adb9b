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
}
