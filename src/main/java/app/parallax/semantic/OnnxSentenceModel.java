package app.parallax.semantic;

import app.parallax.core.align.PassageEmbedder;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The sentence-embedding model: BGE small English v1.5, quantised, run in-process by ONNX Runtime
 * through LangChain4j. The model ships inside its jar; nothing is downloaded. It is loaded once, on
 * first use or when {@link #startLoading()} asks for it early (about one to two seconds), on a
 * daemon thread of its own. Texts are embedded in batches; between batches an interrupted caller
 * gets a {@link CancellationException}.
 */
final class OnnxSentenceModel implements PassageEmbedder {

    static final String NAME = "bge-small-en-v1.5-q";
    static final int DIMENSION = 384;
    private static final int BATCH = 32;
    private volatile CompletableFuture<EmbeddingModel> model;
    private volatile java.nio.file.Path unpackFolder = Semantic.modelFolder(Semantic.cacheFolder());

    /** Where the model files are unpacked (see {@link UnpackedModel}); takes effect if set before loading. */
    void unpackInto(java.nio.file.Path folder) {
        unpackFolder = folder;
    }

    /** Starts loading the model in the background, if not already started; returns at once. */
    void startLoading() {
        loading();
    }

    /** Waits up to {@code limit} for a load in progress to end, however it ends; returns at once if none. */
    void awaitLoading(java.time.Duration limit) {
        CompletableFuture<EmbeddingModel> m = model;
        if (m == null) {
            return;
        }
        try {
            m.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // failed or slow: the comparison that needed it has already reported it
        }
    }

    private CompletableFuture<EmbeddingModel> loading() {
        CompletableFuture<EmbeddingModel> m = model;
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

    /**
     * Embeds in batches of texts of similar length (a batch is padded to its longest text, so
     * sorting by length saves most of the padding), then returns the vectors in the given order.
     */
    @Override
    public List<float[]> embed(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        EmbeddingModel m = awaitModel();
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> texts.get(i).length()));
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < order.length; from += BATCH) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("embedding cancelled");
            }
            int to = Math.min(order.length, from + BATCH);
            List<TextSegment> batch = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                batch.add(segment(texts.get(order[k])));
            }
            List<Embedding> vectors;
            try {
                vectors = m.embedAll(batch).content();
            } catch (RuntimeException e) {
                throw new EmbeddingUnavailableException("the sentence model failed: " + e.getMessage(), e);
            }
            for (int k = from; k < to; k++) {
                out[order[k]] = vectors.get(k - from).vector();
            }
        }
        return java.util.Arrays.asList(out);
    }

    private static TextSegment segment(String text) {
        return TextSegment.from(text.isBlank() ? "." : text);
    }

    private EmbeddingModel awaitModel() {
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
