package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Difference;
import java.io.IOException;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.IngestException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pairs FILE}: reads lines {@code left TAB right}, compares each side as a tiny article with
 * the same engine as {@code compare}, and prints {@code agree|differ|none TAB score TAB conflicts}.
 */
@Command(name = "pairs", mixinStandardHelpOptions = true,
        description = "Judge sentence pairs (lines 'left<TAB>right'): agree, differ or none, with score and conflicts.")
final class PairsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Tab-separated pairs, one per line; - for standard input.")
    String file;

    @picocli.CommandLine.Option(names = "--fast", description = "Judge by words alone: no sentence model.")
    boolean fast;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!file.equals("-")) {
            try {
                Ingest.requireRegularFile(Path.of(file));
            } catch (IngestException e) {
                err.println("parallax: " + e.getMessage());
                return Cli.USAGE;
            }
        }
        try (InputStream in = open()) {
            PairLines lines = new PairLines(in);
            Comparison engine = Engines.choose(fast);
            int bad = 0;
            for (Optional<PairLines.Line> next = lines.next(); next.isPresent(); next = lines.next()) {
                bad += answer(next.get(), engine, out, err);
            }
            return bad == 0 ? 0 : Cli.USAGE;
        } catch (NoSuchFileException e) {
            err.println("parallax: " + file + ": file not found");
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("parallax: " + file + ": cannot be read (" + e.getMessage() + ")");
            return Cli.USAGE;
        }
    }

    /** Prints the answer to one line (always exactly one output line); returns 1 if it was bad. */
    private int answer(PairLines.Line line, Comparison engine, PrintWriter out, PrintWriter err) {
        line.problem().ifPresent(p -> err.println("parallax: " + file + ":" + line.number() + ": " + p));
        int tab = line.text().indexOf('\t');
        if (tab < 0) {
            if (line.problem().isEmpty()) {
                err.println("parallax: " + file + ":" + line.number() + ": no TAB between the two sides");
            }
            out.println("none\t0.000\t");
            return 1;
        }
        out.println(judge(engine, line.text().substring(0, tab), line.text().substring(tab + 1)));
        return line.problem().isPresent() ? 1 : 0;
    }

    private InputStream open() throws IOException {
        return file.equals("-") ? System.in : Files.newInputStream(Path.of(file));
    }

    /** One output line for one pair. */
    static String judge(Comparison engine, String left, String right) {
        if (left.isBlank() || right.isBlank()) {
            return "none\t0.000\t";
        }
        ComparisonResult r = engine.run(List.of(
                new Article("left", "", "left", "", "", left.strip()),
                new Article("right", "", "right", "", "", right.strip())), app.parallax.core.ProgressListener.NONE);
        if (r.links().isEmpty()) {
            return "none\t" + String.format(Locale.ROOT, "%.3f", engine.similarity(left.strip(), right.strip())) + "\t";
        }
        Link best = r.links().stream().max(Comparator.comparingDouble(Link::score)).orElseThrow();
        List<Difference> conflicts = r.links().stream().flatMap(l -> l.conflicts().stream()).toList();
        String verdict = conflicts.isEmpty() ? "agree" : "differ";
        String described = conflicts.stream().map(d -> d.conflictKind().label() + ":" + d.aWords() + "/" + d.bWords())
                .distinct().collect(Collectors.joining("; "));
        return verdict + "\t" + String.format(Locale.ROOT, "%.3f", best.score()) + "\t" + described;
    }
}
