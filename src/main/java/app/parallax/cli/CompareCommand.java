package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.export.json.JsonExport;
import app.parallax.ingest.IngestException;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LinkFetcher;
import app.parallax.ingest.LoadedStory;
import app.parallax.store.StoreException;
import app.parallax.semantic.Semantic;
import app.parallax.store.StoryFolder;
import app.parallax.export.ExportException;
import app.parallax.export.OutputTargets;
import app.parallax.export.SafeOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code compare [SOURCE ...] [--json FILE|-] [--pdf FILE [--layout side-by-side]] [--save-story DIR]}. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare articles (files, folders or links; none means the bundled corpus) and print a report.")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", arity = "0..*",
            description = "Article files (.txt, .md, .html, .mhtml, .pdf), folders, or http(s) links.")
    List<String> sources = List.of();

    @Option(names = "--save-story", paramLabel = "DIR",
            description = "Save the articles as a story folder DIR (new or empty) that reopens offline: texts, fetched pages, story.json.")
    Path saveStory;

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
        Optional<String> badOutput = checkOutputs();
        if (badOutput.isPresent()) {
            err.println("parallax: " + badOutput.get());
            return Cli.USAGE;
        }
        if (!fast) {
            Semantic.warmUpIfCacheEmpty();
        }
        try {
            return compare(out, err);
        } finally {
            Semantic.settle();
        }
    }

    private int compare(PrintWriter out, PrintWriter err) {
        LoadedStory story;
        ComparisonResult result;
        Supplier<Comparison> engine = Engines.prepare(fast);
        try (ProgressLine line = ProgressLine.create(System.console())) {
            story = load(line);
            line.pause();
            story.problems().forEach(p -> err.println("parallax: " + p.message()));
            story.notices().forEach(p -> err.println("parallax: note: " + p.message()));
            if (story.articles().size() < 2) {
                err.println("parallax: need at least two readable articles to compare, have " + story.articles().size());
                return Cli.USAGE;
            }
            result = engine.get().run(story.articles(), line);
        } catch (IngestException e) {
            err.println("parallax: " + e.getMessage());
            return Cli.USAGE;
        }
        EvidenceDump.writeIfAsked(engine.get(), story.articles(), err);
        int status = story.problems().isEmpty() ? 0 : Cli.USAGE;
        if (saveStory != null) {
            status = Math.max(status, saveStory(story, err));
        }
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

    /** The story from the sources given (the bundled corpus when none), each source named on the progress line. */
    private LoadedStory load(ProgressLine line) throws IngestException {
        List<String> given = sources.isEmpty() ? List.of(Ingest.defaultCorpus().toString()) : sources;
        return Ingest.loadSources(given, new LinkFetcher(), line::reading);
    }

    private int saveStory(LoadedStory story, PrintWriter err) {
        try {
            StoryFolder.save(saveStory, story.title(), story.articles(), story.origins(), List.of());
            return 0;
        } catch (StoreException e) {
            err.println("parallax: " + e.getMessage());
            return Cli.USAGE;
        }
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
        try {
            SafeOutput.write(Path.of(json), os -> JsonExport.write(result, os));
            return 0;
        } catch (ExportException e) {
            err.println("parallax: " + e.getMessage());
            return Cli.USAGE;
        }
    }

    /** Refuses outputs that are inputs, special files or the same file twice, before any work. */
    private Optional<String> checkOutputs() {
        List<Path> paths = sources.stream().filter(s -> !s.matches("(?i)https?://.*")).map(Path::of).toList();
        List<Path> accepted = new ArrayList<>();
        if (json != null && !json.equals("-")) {
            Optional<String> problem = OutputTargets.problem(Path.of(json), paths, accepted);
            if (problem.isPresent()) {
                return problem;
            }
            accepted.add(Path.of(json));
        }
        return pdf == null ? Optional.empty() : OutputTargets.problem(pdf, paths, accepted);
    }

}
