package app.parallax.semantic;

import ai.onnxruntime.OrtException;
import app.parallax.core.align.PassageEmbedder;
import app.parallax.core.align.TokenVectors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;

/**
 * The sentence-embedding model: BGE small English v1.5, quantised, run in-process by ONNX Runtime
 * (see {@link BgeEncoder}). The model ships inside a jar; nothing is downloaded. It is loaded once,
 * on first use or when {@link #startLoading()} asks for it early (about one to two seconds), on a
 * daemon thread of its own. Texts are run one per call, as many at once as there are cores (as
 * LangChain4j did); between groups of texts an interrupted caller gets a
 * {@link CancellationException}.
 */
final class OnnxSentenceModel implements PassageEmbedder {

    static final String NAME = "bge-small-en-v1.5-q";
    static final int DIMENSION = 384;
    private static final int GROUP = 32;
    private static final ExecutorService RUNNERS = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "parallax-model-runner");
                t.setDaemon(true);
                return t;
            });
    private final java.util.concurrent.atomic.AtomicLong textsRun = new java.util.concurrent.atomic.AtomicLong();
    private volatile CompletableFuture<BgeEncoder> model;
    private volatile Path unpackFolder = Semantic.modelFolder(Semantic.cacheFolder());

    /** Where the model files are unpacked (see {@link UnpackedModel}); takes effect if set before loading. */
    void unpackInto(Path folder) {
        unpackFolder = folder;
    }

    /** Starts loading the model in the background, if not already started; returns at once. */
    void startLoading() {
        loading();
    }

    /** Whether loading the model was ever started (a warm cache never starts it). */
    boolean loadStarted() {
        return model != null;
    }

    /** How many texts this model has run so far (each text is one forward pass). */
    long textsRun() {
        return textsRun.get();
    }

    /** Waits up to {@code limit} for a load in progress to end, however it ends; returns at once if none. */
    void awaitLoading(Duration limit) {
        CompletableFuture<BgeEncoder> m = model;
        if (m == null) {
            return;
        }
        try {
            m.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // failed or slow: the comparison that needed it has already reported it
        }
    }

    private CompletableFuture<BgeEncoder> loading() {
        CompletableFuture<BgeEncoder> m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    model = new CompletableFuture<>();
                    Thread t = new Thread(this::load, "parallax-model-loader");
                    t.setDaemon(true);
                    t.start();
                }
                m = model;
            }
        }
        return m;
    }

    private void load() {
        try {
            // a warm-up may load before Semantic.embedder names the cache: DJL then unpacks into ours too
            String djl = System.getProperty("DJL_CACHE_DIR");
            if (djl == null || djl.isBlank()) {
                djl = Semantic.cacheFolder().resolve("djl").toString();
            }
            java.nio.file.Path djlFolder = java.nio.file.Path.of(djl);
            java.nio.file.Path modelFolder = unpackFolder;
            java.util.Optional<String> unusable = CacheFolder.problem(djlFolder).or(() -> CacheFolder.problem(unpackFolder));
            if (unusable.isPresent()) {
                java.nio.file.Path temp = CacheFolder.temporary();
                System.err.println("parallax: the cache folder cannot be used (" + unusable.get()
                        + "); the sentence model is unpacked into " + temp + " for this run");
                djlFolder = temp.resolve("djl");
                modelFolder = temp.resolve("model");
            }
            System.setProperty("DJL_CACHE_DIR", djlFolder.toString());
            NativeLibraries.prepare(djlFolder, modelFolder.resolve("native"));
            model.complete(UnpackedModel.load(modelFolder));
        } catch (Throwable e) {
            model.completeExceptionally(e);
        }
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return run(texts, false, (text, out) -> out.sentence());
    }

    @Override
    public List<TokenVectors> embedTokens(List<String> texts) {
        return run(texts, true, (text, out) -> out.tokens());
    }

    /**
     * Sentence vectors and token vectors of each text from one forward pass.
     *
     * @return one output per text, in order; the tokens are present
     */
    List<BgeEncoder.Output> embedBoth(List<String> texts) {
        return run(texts, true, (text, out) -> out);
    }


    /**
     * Runs the texts longest first, so that the cores stay busy to the end, in groups between
     * which a cancelled caller stops; returns the outputs in the given order.
     */
    private <T> List<T> run(List<String> texts, boolean withTokens, BiFunction<String, BgeEncoder.Output, T> then) {
        if (texts.isEmpty()) {
            return List.of();
        }
        BgeEncoder m = awaitModel();
        textsRun.addAndGet(texts.size());
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed());
        List<T> out = new ArrayList<>(java.util.Collections.nCopies(texts.size(), null));
        for (int from = 0; from < order.length; from += GROUP) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("embedding cancelled");
            }
            List<Future<T>> group = new ArrayList<>();
            int to = Math.min(order.length, from + GROUP);
            for (int k = from; k < to; k++) {
                String text = texts.get(order[k]);
                group.add(RUNNERS.submit(() -> then.apply(text, m.encode(text, withTokens))));
            }
            for (int k = from; k < to; k++) {
                out.set(order[k], result(group, group.get(k - from)));
            }
        }
        return out;
    }

    private static <T> T result(List<Future<T>> group, Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            group.forEach(g -> g.cancel(false));
            Thread.currentThread().interrupt();
            throw new CancellationException("embedding cancelled");
        } catch (ExecutionException e) {
            group.forEach(g -> g.cancel(false));
            Throwable cause = e.getCause() instanceof OrtException || e.getCause() instanceof RuntimeException
                    ? e.getCause() : e;
            throw new EmbeddingUnavailableException("the sentence model failed: " + cause.getMessage(), cause);
        }
    }

    private BgeEncoder awaitModel() {
        try {
            return loading().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("embedding cancelled");
        } catch (ExecutionException e) {
            throw new EmbeddingUnavailableException("the sentence model could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public String modelName() {
        return NAME;
    }
}
