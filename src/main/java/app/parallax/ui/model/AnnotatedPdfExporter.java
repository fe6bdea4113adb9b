package app.parallax.ui.model;

import app.parallax.ui.shell.ReaderView;

import app.parallax.core.ComparisonResult;
import app.parallax.core.note.Note;
import java.nio.file.Path;
import java.util.List;

/**
 * Hook for File ▸ Export Annotated PDF…: give one to {@link ReaderView#setAnnotatedPdfExporter}
 * and the menu item is enabled. Called on a background thread with a snapshot of the result and
 * notes.
 */
@FunctionalInterface
public interface AnnotatedPdfExporter {

    /**
     * @param storyTitle the story's title as the reader shows it, possibly empty
     * @throws Exception with a message for the user when the file cannot be written
     */
    void export(ComparisonResult result, List<Note> notes, String storyTitle, Path target) throws Exception;
}
