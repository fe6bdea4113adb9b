package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LoadedStory;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: prints engine time and peak heap for the corpus (first run in this JVM, then the
 * median of warm runs), 50 articles × 40 sentences, and three 5,000-word articles (engine time,
 * and whole-process time of a fresh {@code compare} run on them), plus the corpus PDF export.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print engine time and peak memory for the corpus, 50 articles × 40 sentences and three 5,000-word articles.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "7", description = "Warm runs per case (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        LoadedStory corpus = Ingest.load(List.of(Ingest.defaultCorpus()));
        Comparison engine = Comparison.standard();
        out.printf(Locale.ROOT, "Parallax benchmark — Java %s, %d cores, max heap %d MB%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-34s %10s %10s %12s  %s%n", "case", "first ms", "median ms", "peak heap MB", "size");
        measure(out, "corpus (5 articles)", () -> engine.run(corpus.articles(), ProgressListener.NONE), corpus.articles());
        BenchStories stories = new BenchStories(sentencesOf(engine, corpus.articles()));
        List<Article> fifty = stories.articles(50, 40);
        measure(out, "50 articles x 40 sentences", () -> engine.run(fifty, ProgressListener.NONE), fifty);
        List<Article> three = stories.longArticles(3, 5000);
        measure(out, "3 articles x 5,000 words", () -> engine.run(three, ProgressListener.NONE), three);
        out.printf(Locale.ROOT, "%-34s %10.0f ms whole process (JVM start, read, compare, report)%n",
                "3 x 5,000 words, fresh process", wholeProcessMillis(three));
        PdfOption.benchmark(corpus, engine, out);
        return 0;
    }

    private void measure(PrintWriter out, String name, Supplier<ComparisonResult> run, List<Article> input) {
        resetPeaks();
        long t0 = System.nanoTime();
        ComparisonResult first = run.get();
        double firstMs = (System.nanoTime() - t0) / 1e6;
        long peak = peakHeapBytes();
        double[] warm = new double[Math.max(1, runs)];
        for (int i = 0; i < warm.length; i++) {
            long t = System.nanoTime();
            run.get();
            warm[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(warm);
        int words = input.stream().mapToInt(Article::wordCount).sum();
        out.printf(Locale.ROOT, "%-34s %10.0f %10.0f %12d  %d words, %d passages, %d links, %d claims%n", name,
                firstMs, warm[warm.length / 2], peak >> 20, words, first.passages().size(), first.links().size(),
                first.claims().size());
        out.flush();
    }

    private static List<String> sentencesOf(Comparison engine, List<Article> articles) {
        ComparisonResult r = engine.run(articles, ProgressListener.NONE);
        return r.passages().stream().filter(p -> !p.boilerplate()).map(Passage::text)
                .filter(t -> t.split("\\s+").length >= 6).toList();
    }

    private static double wholeProcessMillis(List<Article> articles) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("parallax-bench");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "app.parallax.Main", "compare"));
        for (Article a : articles) {
            Path f = dir.resolve(a.id() + ".txt");
            Files.writeString(f, a.text());
            command.add(f.toString());
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int status = p.waitFor();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (status != 0) {
            throw new IOException("benchmark compare process exited with " + status);
        }
        return ms;
    }

    static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peak usage since the last reset. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

}
