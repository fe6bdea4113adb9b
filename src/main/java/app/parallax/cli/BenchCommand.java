package app.parallax.cli;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LoadedStory;
import app.parallax.semantic.Semantic;
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
 * {@code bench}: prints how long a comparison takes and how much memory it needs, for the bundled
 * story, 50 synthetic articles of 40 unique sentences, and three synthetic 5,000-word articles.
 * Whole-process times run a fresh {@code compare} in a new JVM: by words alone ({@code --fast}),
 * with an empty embedding cache (the model loads and embeds every passage) and again with the
 * cache that run filled. Engine times run in this JVM with the model loaded and the cache warm:
 * the first run, then the median of warm runs. Then the corpus PDF export.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Print comparison time and peak memory for the corpus, 50 articles × 40 sentences and three 5,000-word articles.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "Warm runs per case (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--write-stories", paramLabel = "DIR",
            description = "Write the synthetic stories of 9 and 60 articles the reader's stall report opens into DIR/nine and DIR/sixty, then stop.")
    Path writeStories;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (writeStories != null) {
            for (Path story : BenchStories.writeReaderStories(writeStories)) {
                out.println("Wrote " + story);
            }
            return 0;
        }
        LoadedStory corpus = Ingest.load(List.of(Ingest.defaultCorpus()));
        BenchStories stories = new BenchStories();
        List<Article> fifty = stories.articles(50, 40);
        List<Article> three = stories.longArticles(3, 5000);
        out.printf(Locale.ROOT, "Parallax benchmark — Java %s, %d cores, max heap %d MB%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Path natives = Files.createTempDirectory("parallax-bench-natives");
        Path warmUp = Files.createTempDirectory("parallax-bench-warmup");
        runCompare(Ingest.defaultCorpus(), warmUp, natives, false);
        out.printf(Locale.ROOT, "%nWhole process: a fresh `compare` JVM on the files, report discarded (ms).%n"
                + "cold cache = no cached sentence vectors (the model loads and embeds every passage); the model's files and%n"
                + "native libraries are already unpacked, as after the first run on a machine (untimed warm-up run)%n"
                + "C1 = with -XX:TieredStopAtLevel=1 (the JIT's quick compiler only, as the app's launchers run it; see README)%n");
        out.printf(Locale.ROOT, "%-30s %10s %12s %12s %12s %12s%n", "case", "--fast", "cold cache", "warm cache", "cold, C1",
                "warm, C1");
        wholeProcess(out, "corpus (5 articles)", corpus.articles(), natives);
        wholeProcess(out, "50 articles x 40 sentences", fifty, natives);
        wholeProcess(out, "3 articles x 5,000 words", three, natives);
        Path cache = Files.createTempDirectory("parallax-bench-cache");
        Comparison engine = Semantic.comparison(cache);
        out.printf(Locale.ROOT, "%nEngine in this JVM, words and meaning, model loaded, cache filled by the first run%n");
        out.printf(Locale.ROOT, "%-30s %10s %10s %12s  %s%n", "case", "first ms", "median ms", "peak heap MB", "size");
        measure(out, "corpus (5 articles)", () -> engine.run(corpus.articles(), ProgressListener.NONE), corpus.articles());
        measure(out, "50 articles x 40 sentences", () -> engine.run(fifty, ProgressListener.NONE), fifty);
        measure(out, "3 articles x 5,000 words", () -> engine.run(three, ProgressListener.NONE), three);
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
        out.printf(Locale.ROOT, "%-30s %10.0f %10.0f %12d  %d words, %d passages, %d links, %d claims%n", name,
                firstMs, warm[warm.length / 2], peak >> 20, words, first.passages().size(), first.links().size(),
                first.claims().size());
        out.flush();
    }

    private static void wholeProcess(PrintWriter out, String name, List<Article> articles, Path natives)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("parallax-bench");
        Path cache = Files.createTempDirectory("parallax-bench-cache");
        for (Article a : articles) {
            Files.writeString(dir.resolve(a.id() + ".txt"), a.text());
        }
        double fast = runCompare(dir, cache, natives, true);
        double cold = runCompare(dir, cache, natives, false);
        double warm = runCompare(dir, cache, natives, false);
        Path quickCache = Files.createTempDirectory("parallax-bench-cache");
        double quickCold = runCompare(dir, quickCache, natives, false, QUICK_JIT);
        double quickWarm = runCompare(dir, quickCache, natives, false, QUICK_JIT);
        out.printf(Locale.ROOT, "%-30s %10.0f %12.0f %12.0f %12.0f %12.0f%n", name, fast, cold, warm, quickCold, quickWarm);
        out.flush();
    }

    /**
     * A short command-line run spends most of its processor time compiling: C2, the optimising
     * compiler, works on methods the run has nearly finished with. This option leaves only C1.
     */
    static final String QUICK_JIT = "-XX:TieredStopAtLevel=1";

    private static double runCompare(Path dir, Path cache, Path natives, boolean fast)
            throws IOException, InterruptedException {
        return runCompare(dir, cache, natives, fast, null);
    }

    private static double runCompare(Path dir, Path cache, Path natives, boolean fast, @org.jspecify.annotations.Nullable String jvmOption)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (jvmOption != null) {
            command.add(jvmOption);
        }
        command.addAll(List.of(
                "-Dparallax.cacheDir=" + cache, "-DDJL_CACHE_DIR=" + natives, "-Dparallax.modelDir=" + natives, "-cp", System.getProperty("java.class.path"), "app.parallax.Main",
                "compare", dir.toString()));
        if (fast) {
            command.add("--fast");
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
