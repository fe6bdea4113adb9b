package app.parallax.ui.notes;

import app.parallax.ui.tasks.Background;

import app.parallax.core.article.Article;
import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The notes of the open story: an observable list on the FX thread, loaded from and saved to a
 * {@link NotesStore} on the io {@link Background}. Every change is saved; saves coalesce so the
 * file always ends up holding the latest list.
 */
public final class NotesModel {

    private final Background io;
    private final Consumer<String> problems;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final AtomicReference<List<Note>> pending = new AtomicReference<>();
    private final AtomicBoolean saveQueued = new AtomicBoolean();
    private NotesStore store;
    private long generation;
    private boolean toldOfOtherWindow;
    /** Ids of notes deleted in this window (read by the io thread when merging). */
    private final java.util.Set<String> deletedHere = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public NotesModel(Background io, Consumer<String> problems) {
        this.io = io;
        this.problems = problems;
    }

    public ObservableList<Note> list() {
        return notes;
    }

    public void clear() {
        generation++;
        deletedHere.clear();
        toldOfOtherWindow = false;
        store = null;
        notes.clear();
    }

    /** Loads the folder's notes, moving each to where its quote now is in the given articles. */
    public void loadFrom(Path folder, Supplier<List<Article>> articles) {
        long mine = ++generation;
        toldOfOtherWindow = false;
        deletedHere.clear();
        NotesStore target = new NotesStore(folder);
        store = target;
        Task<NotesStore.Loaded> task = new Task<>() {
            @Override
            protected NotesStore.Loaded call() {
                return target.load();
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                List<Article> open = articles.get();
                List<Note> merged = new ArrayList<>(task.getValue().notes().stream().map(n -> reanchor(n, open)).toList());
                // notes made while the file was being read are kept, not overwritten
                notes.stream().filter(n -> merged.stream().noneMatch(m -> m.id().equals(n.id()))).forEach(merged::add);
                notes.setAll(merged);
                task.getValue().problem().ifPresent(problems);
            }
        });
        io.submit(task);
    }

    public Note add(Article article, int start, int end, String text) {
        TextRange range = new TextRange(start, Math.min(end, article.text().length()));
        Note note = new Note(UUID.randomUUID().toString(), article.id(), range, range.of(article.text()),
                text == null ? "" : text, Instant.now());
        notes.add(note);
        save();
        return note;
    }

    public void edit(String id, String text) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(id) && !notes.get(i).text().equals(text)) {
                notes.set(i, notes.get(i).withText(text));
                save();
                return;
            }
        }
    }

    /** Puts a deleted note back at its place in the list (for undo). */
    public void restore(Note note, int index) {
        if (notes.stream().noneMatch(n -> n.id().equals(note.id()))) {
            deletedHere.remove(note.id());
            notes.add(Math.max(0, Math.min(index, notes.size())), note);
            save();
        }
    }

    public void delete(String id) {
        if (notes.removeIf(n -> n.id().equals(id))) {
            deletedHere.add(id);
            save();
        }
    }

    private void save() {
        NotesStore target = store;
        if (target == null) {
            return;
        }
        pending.set(List.copyOf(notes));
        if (saveQueued.getAndSet(true)) {
            return;
        }
        long mine = generation;
        Task<Saved> task = new Task<>() {
            @Override
            protected Saved call() throws Exception {
                saveQueued.set(false);
                List<Note> sent = pending.get();
                return new Saved(sent, target.save(sent, deletedHere));
            }
        };
        task.setOnSucceeded(e -> {
            Saved done = task.getValue();
            if (!done.saved().equals(done.sent()) && mine == generation) {
                takeOtherWindowsChanges(done);
            }
        });
        task.setOnFailed(e -> problems.accept("Notes could not be saved to " + target.file() + ": "
                + task.getException().getMessage()));
        io.submit(task);
    }

    /**
     * Shows what another window saved into the same notes file (merged by {@link NotesStore#save}):
     * its new and edited notes appear here, its deletions go; notes made here since are kept.
     */
    private void takeOtherWindowsChanges(Saved done) {
        java.util.Map<String, Note> saved = new java.util.LinkedHashMap<>();
        done.saved().forEach(n -> saved.put(n.id(), n));
        java.util.Map<String, Note> sent = new java.util.HashMap<>();
        done.sent().forEach(n -> sent.put(n.id(), n));
        List<Note> next = new ArrayList<>();
        for (Note n : notes) {
            Note there = saved.remove(n.id());
            boolean editedSince = !n.equals(sent.get(n.id()));
            if (there != null || editedSince) {
                next.add(there != null && !editedSince ? there : n);
            }
        }
        next.addAll(saved.values());
        if (!next.equals(notes)) {
            notes.setAll(next);
            if (!toldOfOtherWindow) {
                toldOfOtherWindow = true;
                problems.accept("Notes of this story were also changed in another window; both windows' notes are kept.");
            }
            save(); // a save queued before this merge must send the merged list, not the older one
        }
    }

    /** What a save sent and what the file then held. */
    private record Saved(List<Note> sent, List<Note> saved) {
    }

    static Note reanchor(Note note, List<Article> articles) {
        Article a = articles.stream().filter(x -> x.id().equals(note.articleId())).findFirst().orElse(null);
        if (a == null || note.quote().isEmpty()) {
            return note;
        }
        TextRange r = note.range();
        if (r.end() <= a.text().length() && r.of(a.text()).equals(note.quote())) {
            return note;
        }
        int at = a.text().indexOf(note.quote());
        if (at < 0) {
            return note;
        }
        return new Note(note.id(), note.articleId(), new TextRange(at, at + note.quote().length()),
                note.quote(), note.text(), note.created());
    }
}
