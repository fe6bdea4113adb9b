package app.parallax.semantic;

import app.parallax.core.Comparison;
import app.parallax.core.align.PassageEmbedder;
import java.nio.file.Path;
import java.util.Map;

/**
 * Front door of the meaning-aware comparison: the standard engine plus sentence embeddings (and
 * the contextual token vectors of the same forward pass) from a bundled model, cached on disk in the user's cache folder ({@code $XDG_CACHE_HOME/parallax}, else
 * {@code ~/.cache/parallax}). The CLI and the reader both get their best comparison here.
 */
public final class Semantic {

    /** Size bound of the embedding cache folder. */
    public static final long CACHE_MAX_BYTES = 256L * 1024 * 1024;
    /** Size bound of the token-vector cache folder (about 23,000 passages: 11 KB for a passage of 29 word pieces). */
    public static final long TOKEN_CACHE_MAX_BYTES = 256L * 1024 * 1024;
    /**
     * Size bound of the nearest-neighbour cache folder (a story of 2,050 passages takes about
     * 100 KB; one of 200 passages 10 KB).
     */
    public static final long NEIGHBOUR_CACHE_MAX_BYTES = 64L * 1024 * 1024;
    /**
     * Bound of the token vectors a run keeps in memory in case it asks for them after the sentence
     * vectors (quantised, about 11 KB a passage: a story of some 2,900 passages).
     */
    private static final long TOKENS_HELD_MAX_BYTES = 32L * 1024 * 1024;
    private static final OnnxSentenceModel MODEL = new OnnxSentenceModel();

    private Semantic() {
    }

    /**
     * The best comparison: words and sentence embeddings, cached in {@link #cacheFolder()}.
     */
    public static Comparison comparison() {
        return comparison(cacheFolder());
    }

    /** The best comparison with its embedding cache under {@code cacheRoot}. */
    public static Comparison comparison(Path cacheRoot) {
        return Comparison.standard().withEmbedder(embedder(cacheRoot));
    }

    /**
     * The cache folder in use: the system property {@code parallax.cacheDir} when set (tests and
     * tools point it at a temporary folder), else {@link #cacheFolder(Map, String)}.
     */
    public static Path cacheFolder() {
        String override = System.getProperty("parallax.cacheDir");
        return override != null && !override.isBlank() ? Path.of(override)
                : cacheFolder(System.getenv(), System.getProperty("user.home"));
    }

    /** An embedder with its cache in {@code cacheRoot} (a folder like the user cache folder). */
    public static PassageEmbedder embedder(Path cacheRoot) {
        System.setProperty("DJL_CACHE_DIR", System.getProperty("DJL_CACHE_DIR",
                cacheRoot.resolve("djl").toString()));
        MODEL.unpackInto(modelFolder(cacheRoot));
        return new CachedEmbedder(MODEL, new EmbeddingCache(cacheRoot.resolve("embeddings").resolve(MODEL.modelName()),
                MODEL.modelName(), OnnxSentenceModel.DIMENSION, CACHE_MAX_BYTES),
                new TokenVectorCache(cacheRoot.resolve("tokens").resolve(MODEL.modelName()), MODEL.modelName(),
                        OnnxSentenceModel.DIMENSION, TOKEN_CACHE_MAX_BYTES, TOKENS_HELD_MAX_BYTES),
                new NeighbourCache(cacheRoot.resolve("neighbours"), NEIGHBOUR_CACHE_MAX_BYTES));
    }

    /**
     * The folder the model files are unpacked into: the system property {@code parallax.modelDir}
     * when set (the benchmark keeps one across its runs, as a machine does), else {@code model} in
     * the cache folder. About 35 MB, outside the vector cache's bound.
     */
    static Path modelFolder(Path cacheRoot) {
        String override = System.getProperty("parallax.modelDir");
        return override != null && !override.isBlank() ? Path.of(override) : cacheRoot.resolve("model");
    }

    /** Starts loading the model in the background so that a first comparison waits less. */
    public static void warmUp() {
        MODEL.startLoading();
    }

    /**
     * Waits (at most a few seconds) for a model load that {@link #warmUp()} started and nothing
     * used, so that a command ending early never exits the JVM in the middle of loading native code.
     */
    public static void settle() {
        MODEL.awaitLoading(java.time.Duration.ofSeconds(10));
    }

    /**
     * {@link #warmUp()} when the vector cache is empty (a first start): then the first comparison
     * will need the model anyway. With a filled cache the model may never be needed, so nothing
     * is loaded.
     */
    public static void warmUpIfCacheEmpty() {
        java.nio.file.Path vectors = cacheFolder().resolve("embeddings").resolve(MODEL.modelName());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(vectors)) {
            if (files.findAny().isPresent()) {
                return;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no cache folder yet: a first start
        }
        warmUp();
    }

    /**
     * The platform's user cache folder for Parallax: {@code $XDG_CACHE_HOME/parallax} when that is
     * an absolute path, else {@code HOME/.cache/parallax}.
     */
    public static Path cacheFolder(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "parallax");
        }
        return Path.of(userHome, ".cache", "parallax");
    }
}
