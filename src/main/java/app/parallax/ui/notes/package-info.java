/**
 * The user's notes: the list model, its JSON store beside the story (written atomically off the FX
 * thread) and the Notes side panel, which reaches the reader's state only through
 * {@link app.parallax.ui.notes.NoteActions}.
 */
package app.parallax.ui.notes;
