package app.parallax.eval;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.export.json.JsonExport;
import app.parallax.ingest.Ingest;
import app.parallax.semantic.Semantic;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Development tool, not shipped: compares many story folders in one JVM (the model loaded once)
 * and writes each comparison's JSON as {@code OUT/<kind>-<folder>.json}, the names the ECB+ scorer
 * in the evaluation kit uses, so that its scorer can read them (see {@code eval/fake-java}).
 * Usage: {@code BatchCompare OUT [--fast] ROOT...} where each ROOT holds {@code stories/} and {@code mixed/}.
 */
public final class BatchCompare {

    private BatchCompare() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        boolean fast = List.of(args).contains("--fast");
        Comparison engine = fast ? Comparison.standard() : Semantic.comparison();
        Files.createDirectories(out);
        List<Path[]> jobs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                continue;
            }
            Path root = Path.of(args[i]);
            for (String kind : List.of("stories", "mixed")) {
                try (var ds = Files.newDirectoryStream(root.resolve(kind))) {
                    for (Path folder : ds) {
                        jobs.add(new Path[] {folder, out.resolve(kind + "-" + folder.getFileName() + ".json")});
                    }
                }
            }
        }
        long t0 = System.nanoTime();
        for (Path[] job : jobs) {
            ComparisonResult r = engine.run(Ingest.load(List.of(job[0])).articles(), ProgressListener.NONE);
            try (OutputStream os = Files.newOutputStream(job[1])) {
                JsonExport.write(r, os);
            }
        }
        System.err.printf("%d folders in %.1f s (%s)%n", jobs.size(), (System.nanoTime() - t0) / 1e9,
                fast ? "words only" : "words and meaning");
    }
}
