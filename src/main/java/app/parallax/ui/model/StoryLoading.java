package app.parallax.ui.model;

import app.parallax.ui.tasks.Background;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.IngestException;
import app.parallax.ingest.IngestProblem;
import app.parallax.ingest.LinkFetcher;
import app.parallax.ingest.LoadedStory;
import app.parallax.ingest.Origin;
import app.parallax.store.StoreException;
import app.parallax.store.StoryFolder;
import app.parallax.ui.settings.RecentStories;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Reads files, folders, links and pasted text on the io thread and turns them into the open
 * story or further columns. A newer story wins: loads started for an older one are dropped.
 */
final class StoryLoading {

    private final ReaderState s;
    private final Comparing comparing;
    private int pasted;

    StoryLoading(ReaderState state, Comparing comparing) {
        this.s = state;
        this.comparing = comparing;
    }

    void showOpening() {
        s.busy.set(true);
        s.progress.set(-1);
        s.status.set("Opening the story…");
    }

    void open(List<Path> paths) {
        List<Path> copy = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        cancelFetch();
        long story = ++s.storyGeneration;
        s.status.set("Opening " + describe(copy) + "…");
        Task<LoadedStory> task = run(() -> preloadedOrRead(copy), loaded -> {
            if (story == s.storyGeneration) {
                Set<String> unreadable = loaded.problems().stream().map(IngestProblem::source).collect(Collectors.toSet());
                replaceStory(loaded, loaded.articles().isEmpty() ? List.of() : RecentStories.remembered(copy, unreadable));
            }
        });
        // Esc and Cancel stop a slow read too (each article's extraction checks for it)
        watchFetch(task, "Opening cancelled; the open story is unchanged");
    }

    void openExample() {
        long story = ++s.storyGeneration;
        s.status.set("Opening the example story…");
        run(() -> preloadedOrRead(List.of(Ingest.defaultCorpus())), loaded -> {
            if (story == s.storyGeneration) {
                replaceStory(loaded, List.of());
                s.exampleOpen.set(true);
            }
        });
    }

    void add(List<Path> paths) {
        List<Path> copy = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        long story = s.storyGeneration;
        s.status.set("Adding " + describe(copy) + "…");
        run(() -> Ingest.load(copy), loaded -> {
            if (story != s.storyGeneration) {
                return;
            }
            if (s.storyFolder.get() == null && loaded.folder().isPresent()) {
                s.useFolder(loaded.folder().get());
            }
            copy.forEach(p -> s.openedPaths.add(p.toString()));
            addLoaded(loaded);
        });
    }

    void addLinks(List<String> links, boolean replace) {
        List<String> copy = List.copyOf(links);
        long story = replace ? ++s.storyGeneration : s.storyGeneration;
        cancelFetch();
        s.status.set("Fetching " + copy.size() + (copy.size() == 1 ? " link…" : " links…"));
        Consumer<String> progress = link -> Platform.runLater(() -> {
            if (s.fetch.get() != null) {
                s.status.set("Fetching " + link + "…");
            }
        });
        Task<LoadedStory> task = run(() -> Ingest.loadSources(copy, new LinkFetcher(), progress), loaded -> {
            s.fetch.set(null);
            if (story != s.storyGeneration) {
                return;
            }
            if (replace) {
                replaceStory(loaded, List.of());
                loaded.articles().forEach(a -> s.unsaved.add(a.id()));
            } else {
                addLoaded(loaded);
            }
        });
        watchFetch(task, "Fetching cancelled; the open story is unchanged");
    }

    private void watchFetch(Task<LoadedStory> task, String cancelled) {
        task.setOnCancelled(e -> {
            s.status.set(cancelled);
            s.busy.set(false);
        });
        task.runningProperty().addListener((o, was, now) -> {
            if (!now && s.fetch.get() == task) {
                s.fetch.set(null);
            }
        });
        s.fetch.set(task.isDone() ? null : task); // a same-thread Background has finished it already
    }

    void cancelFetch() {
        Task<?> running = s.fetch.get();
        if (running != null) {
            s.fetch.set(null);
            running.cancel(true);
        }
    }

    void paste(String text, String outlet) {
        int n = ++pasted;
        String copy = text == null ? "" : text;
        String name = outlet == null || outlet.isBlank() ? "Pasted text " + n : outlet.strip();
        long story = s.storyGeneration;
        run(() -> Ingest.fromText("pasted-" + n, name, copy), a -> {
            if (story == s.storyGeneration) {
                addArticles(List.of(a), Map.of(a.id(), Origin.pasted()));
            }
        });
    }

    int nextPasteNumber() {
        return pasted + 1;
    }

    void checkRecentStories() {
        List<List<String>> copy = List.copyOf(s.recentStories);
        run(() -> RecentStories.missing(copy), missing -> {
            s.missingRecent.retainAll(missing);
            s.missingRecent.addAll(missing);
        });
    }

    private void addLoaded(LoadedStory loaded) {
        reportProblems(loaded.problems());
        loaded.notices().forEach(n -> s.problems.add("Note: " + n.message()));
        addArticles(loaded.articles(), loaded.origins());
    }

    private void replaceStory(LoadedStory loaded, List<String> paths) {
        s.undo.clear();
        s.unsaved.clear();
        s.exampleOpen.set(false);
        reportProblems(loaded.problems());
        loaded.notices().forEach(n -> s.problems.add("Note: " + n.message()));
        s.storyTitle.set(loaded.title());
        s.openedPaths.clear();
        s.openedPaths.addAll(paths);
        if (!paths.isEmpty()) {
            s.recentTitles.put(RecentStories.key(paths), loaded.title());
            s.recentStories.setAll(RecentStories.add(s.recentStories, paths));
            s.recentTitles.keySet().retainAll(s.recentStories.stream().map(RecentStories::key).toList());
        }
        s.origins.clear();
        s.origins.putAll(loaded.origins());
        s.hiddenArticles.clear();
        s.selectedClaim.set(null);
        // compare first: building the columns below takes the FX thread a while
        comparing.recompute(List.copyOf(loaded.articles()));
        s.storiesShown.set(s.storiesShown.get() + 1);
        s.articles.setAll(loaded.articles());
        s.notes.clear();
        s.storyFolder.set(null);
        loaded.folder().ifPresent(s::useFolder);
    }

    private void addArticles(List<Article> incoming, Map<String, Origin> from) {
        List<Article> renamed = new ArrayList<>();
        for (Article a : incoming) {
            String id = uniqueId(a.id(), renamed);
            renamed.add(id.equals(a.id()) ? a
                    : new Article(id, a.source(), a.outlet(), a.title(), a.date(), a.text(), a.author(), a.url()));
            Optional.ofNullable(from.get(a.id())).ifPresent(o -> s.origins.put(id, o));
        }
        s.articles.addAll(renamed);
        comparing.recompute();
        renamed.stream().filter(a -> Optional.ofNullable(s.origins.get(a.id())).map(o -> o.kind() != Origin.Kind.FILE).orElse(false))
                .forEach(this::keep);
    }

    /**
     * Keeps a pasted or downloaded article in the story folder (on the io thread) so that it is
     * there when the story is opened again; without a writable folder it is marked unsaved and
     * quitting asks first.
     */
    private void keep(Article a) {
        Path folder = s.storyFolder.get();
        Origin origin = s.origins.get(a.id());
        if (folder == null || s.exampleOpen.get()) {
            s.unsaved.add(a.id());
            return;
        }
        long story = s.storyGeneration;
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws StoreException {
                return StoryFolder.keep(folder, a, origin);
            }
        };
        task.setOnSucceeded(e -> {
            if (story == s.storyGeneration) {
                // the page stays: Save Story As still carries it; the file lets a rename reach story.json
                s.origins.put(a.id(), new Origin(origin.kind(), origin.location(), Optional.of(folder.resolve(task.getValue())),
                        origin.page(), origin.fetchedAt()));
                s.status.set("Kept " + a.outlet() + " in the story folder as " + task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (story == s.storyGeneration) {
                s.unsaved.add(a.id());
                Throwable t = task.getException();
                s.problems.add("Could not keep " + a.outlet() + " in the story folder: "
                        + (t instanceof StoreException se ? se.getMessage() : t) + "; File ▸ Save Story As… keeps it");
            }
        });
        s.io.submit(task);
    }

    private String uniqueId(String base, List<Article> pending) {
        String id = base;
        for (int n = 2; taken(id, pending); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private boolean taken(String id, List<Article> pending) {
        return s.indexOf(id) >= 0 || pending.stream().anyMatch(a -> a.id().equals(id));
    }

    private void reportProblems(List<IngestProblem> found) {
        found.forEach(p -> s.problems.add("Could not read " + p.message()));
    }

    /** The story {@link StartupPreload} read for these paths at start-up, else read now. */
    private static LoadedStory preloadedOrRead(List<Path> paths) throws IngestException {
        Optional<LoadedStory> preloaded = StartupPreload.story(paths);
        return preloaded.isPresent() ? preloaded.get() : Ingest.load(paths);
    }

    private <T> Task<T> run(Callable<T> work, Consumer<T> onDone) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            String message = t instanceof IngestException ie ? ie.source() + ": " + ie.reason() : String.valueOf(t.getMessage());
            s.problems.add("Could not open " + message);
            s.busy.set(false);
            s.status.set("Ready");
        });
        s.io.submit(task);
        return task;
    }

    private static String describe(List<Path> paths) {
        return paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " items";
    }
}
