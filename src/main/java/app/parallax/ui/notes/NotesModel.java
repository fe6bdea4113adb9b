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
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The notes of the open story: an observable list on the FX thread, loaded from and saved to a
 * {@link NotesStore} on the io {@link Background}. Every change is saved; saves coalesce so the
 * file always ends up holding the latest list.
 *
 * <p>One load or save is under way at a time, and each save sends the list as it stands after the
 * last load or save was taken in here. The store merges another window's changes against the notes
 * it last read or wrote; a list sent before those were shown here would look to it like this
 * window deleting them (a note added while the file was still being read, or just after a merge,
 * erased the other window's notes from the file, and that window's next save then dropped them as
 * deleted here).
 */
public final class NotesModel {

    private final Background io;
    private final Consumer<String> problems;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    /** True while a load or save of this story is under way on the io thread. */
    private boolean busy;
    /** True when the list changed since the last save was sent. */
    private boolean dirty;
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
        busy = false;
        dirty = false;
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
        busy = true;
        dirty = false;
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
                done(mine);
            }
        });
        task.setOnFailed(e -> done(mine));
        task.setOnCancelled(e -> done(mine));
        io.submit(task);
    }

    /** A load or save of generation {@code mine} is over: sends the changes made meanwhile. */
    private void done(long mine) {
        if (mine == generation) {
            busy = false;
            if (dirty) {
                send();
            }
        }
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

    /**
     * For a window about to close (on the FX thread, before its io thread finishes its queued work
     * and stops): sends the changes still waiting for the load or save under way, behind it, so an
     * edit made just before quitting is kept. Such a save can still erase what that load or save
     * had just taken in from another window; closing, that is the lesser loss.
     */
    public void saveBeforeClose() {
        if (dirty) {
            send();
        }
    }

    private void save() {
        dirty = true;
        if (!busy) {
            send();
        }
    }

    /** Saves the list as it stands now; changes made while it is being saved follow in the next save. */
    private void send() {
        NotesStore target = store;
        if (target == null) {
            return;
        }
        busy = true;
        dirty = false;
        long mine = generation;
        List<Note> sent = List.copyOf(notes);
        java.util.Set<String> deleted = java.util.Set.copyOf(deletedHere);
        Task<List<Note>> task = new Task<>() {
            @Override
            protected List<Note> call() throws Exception {
                return target.save(sent, deleted);
            }
        };
        task.setOnSucceeded(e -> {
            if (mine == generation && !task.getValue().equals(sent)) {
                takeOtherWindowsChanges(new Saved(sent, task.getValue()));
            }
            done(mine);
        });
        task.setOnFailed(e -> {
            problems.accept("Notes could not be saved to " + target.file() + ": " + task.getException().getMessage());
            done(mine);
        });
        task.setOnCancelled(e -> done(mine));
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
            save(); // the file holds the merge; this window's list now differs from it in what it keeps
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
