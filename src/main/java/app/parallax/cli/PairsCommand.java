package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Difference;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        try (BufferedReader in = open()) {
            String line;
            int lineNo = 0;
            int bad = 0;
            Comparison engine = Engines.choose(fast);
            while ((line = in.readLine()) != null) {
                lineNo++;
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    err.println("parallax: " + file + ":" + lineNo + ": no TAB between the two sides");
                    bad++;
                    out.println("none\t0.000\t");
                    continue;
                }
                out.println(judge(engine, line.substring(0, tab), line.substring(tab + 1)));
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

    private BufferedReader open() throws IOException {
        if (file.equals("-")) {
            return new BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
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
