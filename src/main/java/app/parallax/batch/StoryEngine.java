package app.parallax.batch;

import app.parallax.core.Comparison;
import app.parallax.semantic.Semantic;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comparison engine of one JVM (the driver in {@code local} mode, else each executor): built
 * once and shared by every task that JVM runs, so the sentence model is loaded once per executor,
 * not per story or task, and all its tasks share one vector cache. The cache lives in the
 * executor machine's own cache folder ({@link Semantic#cacheFolder()}) unless the job names one.
 */
final class StoryEngine {

    private static final Map<String, Comparison> ENGINES = new ConcurrentHashMap<>();

    private StoryEngine() {
    }

    /**
     * @param fast     words only, no model
     * @param cacheDir the vector cache folder, or null for this machine's own cache folder
     */
    static Comparison get(boolean fast, String cacheDir) {
        if (fast) {
            return ENGINES.computeIfAbsent("fast", k -> Comparison.standard());
        }
        Path root = cacheDir == null ? Semantic.cacheFolder() : Path.of(cacheDir);
        return ENGINES.computeIfAbsent(root.toAbsolutePath().toString(), k -> Semantic.comparison(root));
    }
}
