package app.parallax.ui.model;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.ingest.Origin;
import app.parallax.store.StoreException;
import app.parallax.store.StoryFolder;
import app.parallax.ui.notes.NotesStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.concurrent.Task;

/**
 * Changes to the open story: closing and moving columns, renaming an outlet, saving the story as a
 * folder. Files are written on the io thread.
 */
final class StoryEditing {

    private final ReaderState s;
    private final Comparing comparing;

    StoryEditing(ReaderState state, Comparing comparing) {
        this.s = state;
        this.comparing = comparing;
    }

    void close(String articleId) {
        int at = s.indexOf(articleId);
        if (at < 0) {
            return;
        }
        Article gone = s.articles.remove(at);
        s.unsaved.remove(articleId);
        boolean wasHidden = s.hiddenArticles.remove(articleId);
        long story = s.storyGeneration;
        s.undo.push("close " + gone.outlet(), () -> {
            if (story == s.storyGeneration && s.indexOf(gone.id()) < 0) {
                s.articles.add(Math.min(at, s.articles.size()), gone);
                if (wasHidden) {
                    s.hiddenArticles.add(gone.id());
                }
                comparing.recompute();
            }
        });
        comparing.recompute();
    }

    void move(String articleId, int delta) {
        int from = s.indexOf(articleId);
        if (from < 0) {
            return;
        }
        int to = Math.max(0, Math.min(s.articles.size() - 1, from + delta));
        if (to != from) {
            Article a = s.articles.remove(from);
            s.articles.add(to, a);
        }
    }

    void saveStory(Path target) {
        List<Article> copy = List.copyOf(s.articles);
        Map<String, Origin> from = Map.copyOf(s.origins);
        String title = s.storyTitle.get();
        List<Path> carry = s.storyFolder.get() == null ? List.of() : List.of(s.storyFolder.get().resolve(NotesStore.FILE_NAME));
        s.status.set("Saving the story to " + target + "…");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws StoreException {
                StoryFolder.save(target, title, copy, from, carry);
                return target;
            }
        };
        task.setOnSucceeded(e -> {
            s.status.set("Story saved to " + target);
            s.unsaved.clear();
            s.exampleOpen.set(false);
            s.useFolder(target.toAbsolutePath().normalize());
        });
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            s.problems.add("Could not save the story: " + (t instanceof StoreException se ? se.getMessage() : t));
            s.status.set("Ready");
        });
        s.io.submit(task);
    }

    void renameOutlet(String articleId, String outlet) {
        int at = s.indexOf(articleId);
        String name = outlet == null ? "" : outlet.strip();
        if (at < 0 || name.isEmpty() || name.equals(s.articles.get(at).outlet())) {
            return;
        }
        Article a = s.articles.get(at);
        Article renamed = new Article(a.id(), a.source(), name, a.title(), a.date(), a.text(), a.author(), a.url());
        if (s.busy.get()) {
            s.articles.set(at, renamed);
            comparing.recompute();
        } else {
            showRenamed(renamed);
            s.articles.set(at, renamed);
        }
        Optional<Path> file = fileInStoryFolder(articleId);
        if (file.isPresent()) {
            saveOutlet(s.storyFolder.get(), file.get().getFileName().toString(), name);
        } else {
            s.status.set("Outlet renamed to " + name + "; File ▸ Save Story As… keeps the new name");
        }
    }

    /** The outlet name takes no part in the comparison: the shown result keeps its links and claims. */
    private void showRenamed(Article renamed) {
        ComparisonResult r = s.shown.get().result();
        List<Article> now = r.articles().stream().map(x -> x.id().equals(renamed.id()) ? renamed : x).toList();
        ComparisonResult updated = new ComparisonResult(now, r.passages(), r.links(), r.claims(), r.engine());
        s.shown.set(Shown.of(updated));
    }

    /** The file an article was read from, when it lies in the open story folder. */
    private Optional<Path> fileInStoryFolder(String articleId) {
        Path folder = s.storyFolder.get();
        Origin origin = s.origins.get(articleId);
        return folder == null || origin == null ? Optional.empty()
                : origin.file().filter(f -> folder.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize().getParent()));
    }

    private void saveOutlet(Path folder, String fileName, String outlet) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws StoreException {
                StoryFolder.renameOutlet(folder, fileName, outlet);
                return null;
            }
        };
        task.setOnSucceeded(e -> s.status.set("Outlet renamed to " + outlet + " and saved in " + StoryFolder.SIDECAR));
        task.setOnFailed(e -> {
            Throwable t = task.getException();
            s.problems.add("Could not save the outlet name: " + (t instanceof StoreException se ? se.getMessage() : t));
        });
        s.io.submit(task);
    }
}
