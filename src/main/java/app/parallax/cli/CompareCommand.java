package app.parallax.cli;

import app.parallax.core.ProgressListener;
import app.parallax.core.ComparisonResult;
import app.parallax.export.json.JsonExport;
import app.parallax.ingest.IngestException;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LoadedStory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare [PATH ...] [--json FILE|-] [--pdf FILE [--layout side-by-side]]}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare articles (files or folders; none means the bundled corpus) and print a report.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files (.txt, .html) or folders.")
    List<Path> paths = List.of();

    @Option(names = "--json", paramLabel = "FILE", description = "Write the comparison as JSON to FILE, or - for standard output.")
    String json;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Write an annotated PDF to FILE.")
    Path pdf;

    @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "continuous",
            description = "PDF layout: continuous or side-by-side (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--fast", description = "Compare by words alone: no sentence model (quicker on a first run, finds fewer paraphrases).")
    boolean fast;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedStory story;
        try {
            story = Ingest.load(paths.isEmpty() ? List.of(Ingest.defaultCorpus()) : paths);
        } catch (IngestException e) {
            err.println("parallax: " + e.getMessage());
            return Cli.USAGE;
        }
        story.problems().forEach(p -> err.println("parallax: " + p.message()));
        if (story.articles().size() < 2) {
            err.println("parallax: need at least two readable articles to compare, have " + story.articles().size());
            return Cli.USAGE;
        }
        ComparisonResult result = Engines.choose(fast).run(story.articles(), ProgressListener.NONE);
        int status = story.problems().isEmpty() ? 0 : Cli.USAGE;
        if (json != null) {
            status = Math.max(status, writeJson(result, out, err));
        }
        if (pdf != null) {
            status = Math.max(status, PdfOption.write(result, story, pdf, layout, err));
        }
        if (json == null || !json.equals("-")) {
            new TerminalReport(result, story.title()).print(out);
        }
        return status;
    }

    private int writeJson(ComparisonResult result, PrintWriter out, PrintWriter err) {
        if (json.equals("-")) {
            try {
                out.flush();
                JsonExport.write(result, System.out);
                System.out.flush();
                return 0;
            } catch (IOException e) {
                err.println("parallax: standard output: " + e.getMessage());
                return 1;
            }
        }
        Path target = Path.of(json);
        try (OutputStream os = Files.newOutputStream(target)) {
            JsonExport.write(result, os);
            return 0;
        } catch (IOException e) {
            err.println("parallax: " + target + ": cannot write JSON (" + e.getMessage() + ")");
            return Cli.USAGE;
        }
    }

}
