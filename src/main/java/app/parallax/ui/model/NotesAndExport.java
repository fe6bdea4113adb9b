package app.parallax.ui.model;

import app.parallax.core.article.Article;
import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import app.parallax.export.OutputTargets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.concurrent.Task;

/**
 * The user's own additions and what leaves the reader: notes on whole words (deletions undoable)
 * and the annotated PDF export, written on the io thread.
 */
final class NotesAndExport {

    private final ReaderState s;

    NotesAndExport(ReaderState state) {
        this.s = state;
    }

    Note addNote(String articleId, int start, int end, String text) {
        Article a = s.articles.stream().filter(x -> x.id().equals(articleId)).findFirst().orElse(null);
        if (a == null || end <= start) {
            return null;
        }
        TextRange words = wholeWords(a.text(), start, end);
        return s.notes.add(a, words.start(), words.end(), text);
    }

    /** Widens {@code [start, end)} so that it neither starts nor ends inside a word. */
    static TextRange wholeWords(String text, int start, int end) {
        int st = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(st, Math.min(end, text.length()));
        while (st > 0 && st < text.length() && Character.isLetterOrDigit(text.charAt(st - 1)) && Character.isLetterOrDigit(text.charAt(st))) {
            st--;
        }
        while (e < text.length() && e > 0 && Character.isLetterOrDigit(text.charAt(e - 1)) && Character.isLetterOrDigit(text.charAt(e))) {
            e++;
        }
        return new TextRange(st, e);
    }

    void deleteNote(String noteId) {
        List<Note> now = List.copyOf(s.notes.list());
        for (int i = 0; i < now.size(); i++) {
            Note n = now.get(i);
            if (n.id().equals(noteId)) {
                int at = i;
                s.undo.push("delete note", () -> s.notes.restore(n, at));
                s.status.set("Note " + quoted(n.text()) + "deleted: Edit ▸ Undo (Ctrl+Z) brings it back");
            }
        }
        s.notes.delete(noteId);
    }

    /** A note's text in quotes and a space, cut at 40 characters; nothing for an empty note. */
    private static String quoted(String text) {
        String one = text.strip().replaceAll("\\s+", " ");
        if (one.isEmpty()) {
            return "";
        }
        return "“" + (one.length() > 40 ? one.substring(0, 39) + "…" : one) + "” ";
    }

    void export(AnnotatedPdfExporter exporter, Path target) {
        ReaderViewModel.Snapshot snap = snapshot();
        List<Path> inputs = s.openedPaths.stream().map(Path::of).toList();
        s.status.set("Exporting " + target.getFileName() + "…");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                Optional<String> clash = OutputTargets.problem(target, inputs, List.of());
                if (clash.isPresent()) {
                    throw new IOException(clash.get());
                }
                exporter.export(snap.result(), snap.notes(), snap.storyTitle(), target);
                return target;
            }
        };
        task.setOnSucceeded(e -> s.status.set("Exported " + task.getValue()));
        task.setOnFailed(e -> {
            s.problems.add("Could not export the PDF: " + task.getException().getMessage());
            s.status.set("Ready");
        });
        s.io.submit(task);
    }

    String suggestedPdfName() {
        String name = s.storyTitle.get().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (name.length() > 80) {
            name = name.substring(0, 80).strip();
        }
        return (name.isEmpty() ? "parallax" : name) + ".pdf";
    }

    ReaderViewModel.Snapshot snapshot() {
        return new ReaderViewModel.Snapshot(s.shown.get().result(), List.copyOf(s.notes.list()), s.storyTitle.get(),
                Optional.ofNullable(s.storyFolder.get()));
    }
}
