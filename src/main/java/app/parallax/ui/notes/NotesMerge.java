package app.parallax.ui.notes;

import app.parallax.core.note.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges two windows' changes to one story's notes, as an editor merges a file changed on disk:
 * from the notes both started from ({@code base}), those on disk now ({@code theirs}, saved by the
 * other window) and this window's ({@code ours}). A note added on either side is kept; a note
 * deleted on one side and untouched on the other goes; an edit wins over no edit, and when both
 * edited the same note this window's text is kept. No JavaFX.
 */
final class NotesMerge {

    private NotesMerge() {
    }

    /**
     * The merged notes: ours in our order, then those only the other window has.
     *
     * @param deletedHere ids of the notes deleted in this window: a note missing from {@code ours}
     *                    is otherwise one this window has not seen yet, never a deletion
     */
    static List<Note> merge(List<Note> base, List<Note> theirs, List<Note> ours, Set<String> deletedHere) {
        Map<String, Note> baseById = byId(base);
        Map<String, Note> theirsById = byId(theirs);
        List<Note> out = new ArrayList<>();
        for (Note mine : ours) {
            Note other = theirsById.get(mine.id());
            Note was = baseById.get(mine.id());
            if (was != null && other == null && mine.equals(was)) {
                continue; // deleted in the other window, unchanged here
            }
            out.add(was != null && other != null && mine.equals(was) ? other : mine);
        }
        Map<String, Note> oursById = byId(ours);
        for (Note other : theirs) {
            boolean deleted = deletedHere.contains(other.id()) && Objects.equals(baseById.get(other.id()), other);
            if (!oursById.containsKey(other.id()) && !deleted) {
                out.add(other);
            }
        }
        return out;
    }

    private static Map<String, Note> byId(List<Note> notes) {
        Map<String, Note> out = new LinkedHashMap<>();
        notes.forEach(n -> out.putIfAbsent(n.id(), n));
        return out;
    }
}
