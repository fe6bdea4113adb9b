package app.parallax.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.TextRange;
import app.parallax.core.note.Note;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Two windows' changes to one notes file, merged as an editor merges a file changed on disk. */
class NotesMergeTest {

    private static Note note(String id, String text) {
        return new Note(id, "a", new TextRange(0, 5), "lunch", text, Instant.EPOCH);
    }

    private static List<String> texts(List<Note> notes) {
        return notes.stream().map(n -> n.id() + ":" + n.text()).toList();
    }

    @Test
    void notesAddedOnBothSidesAreAllKept() {
        List<Note> base = List.of(note("1", "x"));
        List<Note> merged = NotesMerge.merge(base, List.of(note("1", "x"), note("t", "theirs")),
                List.of(note("1", "x"), note("o", "ours")), Set.of());

        assertThat(texts(merged)).containsExactly("1:x", "o:ours", "t:theirs");
    }

    @Test
    void aDeletionOnEitherSideOfAnUnchangedNoteWins() {
        List<Note> base = List.of(note("1", "x"), note("2", "y"));
        List<Note> merged = NotesMerge.merge(base, List.of(note("2", "y")), List.of(note("2", "y")), Set.of("2-not"));
        assertThat(texts(merged)).containsExactly("2:y");

        List<Note> deletedHere = NotesMerge.merge(base, base, List.of(note("1", "x")), Set.of("2"));
        assertThat(texts(deletedHere)).containsExactly("1:x");
    }

    @Test
    void aNoteThisWindowHasNotSeenYetIsNotTakenForADeletion() {
        List<Note> base = List.of(note("1", "x"), note("2", "y"));

        List<Note> merged = NotesMerge.merge(base, base, List.of(note("1", "x")), Set.of());

        assertThat(texts(merged)).containsExactly("1:x", "2:y");
    }

    @Test
    void anEditWinsOverNoEditAndThisWindowsEditWinsOverTheirs() {
        List<Note> base = List.of(note("1", "x"), note("2", "y"));
        List<Note> merged = NotesMerge.merge(base, List.of(note("1", "x"), note("2", "their edit")),
                List.of(note("1", "my edit"), note("2", "y")), Set.of());
        assertThat(texts(merged)).containsExactly("1:my edit", "2:their edit");

        List<Note> both = NotesMerge.merge(base, List.of(note("1", "theirs"), note("2", "y")),
                List.of(note("1", "mine"), note("2", "y")), Set.of());
        assertThat(texts(both)).containsExactly("1:mine", "2:y");
    }
}
