package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.export.ExportException;
import app.parallax.export.PdfExport;
import app.parallax.ingest.LoadedStory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The {@code --pdf FILE [--layout …]} option of {@code compare}, and its line in the benchmark. */
final class PdfOption {

    private PdfOption() {
    }

    /** Writes the PDF; returns 0, or 2 with one line on {@code err} naming the file and the reason. */
    static int write(ComparisonResult result, LoadedStory story, Path target, String layout, PrintWriter err) {
        PdfExport.Layout chosen = switch (layout.toLowerCase(Locale.ROOT)) {
            case "continuous" -> PdfExport.Layout.CONTINUOUS;
            case "side-by-side" -> PdfExport.Layout.SIDE_BY_SIDE;
            default -> null;
        };
        if (chosen == null) {
            err.println("parallax: --layout must be continuous or side-by-side, not " + layout);
            return Cli.USAGE;
        }
        try {
            PdfExport.write(result, List.of(), story.title(), chosen, target, ProgressListener.NONE);
            return 0;
        } catch (ExportException e) {
            err.println("parallax: " + e.getMessage());
            return Cli.USAGE;
        }
    }

    /** Times the corpus PDF export: first run in this JVM, then the median of warm runs. */
    static void benchmark(LoadedStory corpus, Comparison engine, PrintWriter out) throws Exception {
        ComparisonResult result = engine.run(corpus.articles(), ProgressListener.NONE);
        Path target = Files.createTempFile("parallax-bench", ".pdf");
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            PdfExport.write(result, List.of(), corpus.title(), PdfExport.Layout.CONTINUOUS, target, ProgressListener.NONE);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double first = ms[0];
        java.util.Arrays.sort(ms, 1, ms.length);
        out.printf(Locale.ROOT, "%-34s %10.0f %10.0f %12s  %d KB%n", "corpus PDF export", first, ms[3], "",
                Files.size(target) >> 10);
        Files.deleteIfExists(target);
    }
}
