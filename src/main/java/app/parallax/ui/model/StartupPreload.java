package app.parallax.ui.model;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LoadedStory;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first story's reading and words-only comparison, started while JavaFX builds the window
 * (seconds with software rendering), so that the highlights follow the window sooner. The reader
 * still asks for both the usual way; when it asks for the same files and the same articles, it
 * gets what was done here instead of doing it again. Each is handed out once; anything that fails
 * here is simply done again the usual way, which reports the problem.
 */
public final class StartupPreload {

    private static volatile Pending pending;

    /** @param storyTaken set once the story is handed out: a later open reads the files afresh */
    private record Pending(List<Path> paths, CompletableFuture<LoadedStory> story,
                           CompletableFuture<ComparisonResult> fast, AtomicBoolean storyTaken) {
    }

    private StartupPreload() {
    }

    /**
     * Starts reading {@code paths} and comparing their articles by words on a daemon thread;
     * returns at once. An empty list means the bundled example story.
     */
    public static void begin(List<Path> paths) {
        List<Path> key;
        try {
            key = paths.isEmpty() ? List.of(Ingest.defaultCorpus()) : List.copyOf(paths);
        } catch (app.parallax.ingest.IngestException | RuntimeException e) {
            return;
        }
        Pending p = new Pending(key, new CompletableFuture<>(), new CompletableFuture<>(), new AtomicBoolean());
        pending = p;
        Thread t = new Thread(() -> run(p), "parallax-preload");
        t.setDaemon(true);
        t.start();
    }

    private static void run(Pending p) {
        app.parallax.ui.tasks.Niceness.lowerThisThread();
        try {
            LoadedStory story = Ingest.load(p.paths());
            p.story().complete(story);
            p.fast().complete(story.articles().size() < 2 ? null
                    : Comparison.standard().run(story.articles(), ProgressListener.NONE));
        } catch (Throwable e) {
            p.story().completeExceptionally(e);
            p.fast().completeExceptionally(e);
        }
    }

    /** The story read from exactly these {@code paths}, once; empty if none was preloaded or it failed. */
    static Optional<LoadedStory> story(List<Path> paths) {
        Pending p = pending;
        if (p == null || !p.paths().equals(paths) || !p.storyTaken().compareAndSet(false, true)) {
            return Optional.empty();
        }
        return result(p.story());
    }

    /**
     * The words-only comparison of exactly these {@code articles}, once (later comparisons are the
     * user's and are done afresh); empty if none matches.
     */
    static Optional<ComparisonResult> fastResult(List<Article> articles) {
        Pending p = pending;
        pending = null;
        if (p == null) {
            return Optional.empty();
        }
        return result(p.story()).filter(s -> s.articles().equals(articles)).flatMap(s -> result(p.fast()));
    }

    private static <T> Optional<T> result(CompletableFuture<T> f) {
        try {
            return Optional.ofNullable(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
