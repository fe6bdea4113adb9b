package app.parallax.ui.notes;

import app.parallax.core.ComparisonResult;
import app.parallax.core.note.Note;
import javafx.collections.ObservableList;

/**
 * What the Notes panel needs from the reader's state: the notes, the comparison they are read
 * against, and editing and (undoable) deletion. It keeps the panel free of the view model.
 */
public interface NoteActions {

    /** The story's notes, in the order they were added; never null. */
    ObservableList<Note> notes();

    /** The comparison shown now, for the passage a note lies in. */
    ComparisonResult result();

    /** Replaces a note's text; an unknown id changes nothing. */
    void editNote(String noteId, String text);

    /** Deletes a note; an unknown id changes nothing. */
    void deleteNote(String noteId);
}
