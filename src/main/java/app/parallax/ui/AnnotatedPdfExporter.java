package app.parallax.ui;

import app.parallax.core.ComparisonResult;
import app.parallax.core.note.Note;
import java.nio.file.Path;
import java.util.List;

/**
 * Hook for File ▸ Export Annotated PDF…: give one to {@link ReaderView#setAnnotatedPdfExporter}
 * (e.g. a method reference to the {@code app.parallax.export} PDF exporter) and the menu item is
 * enabled. Called on a background thread.
 */
@FunctionalInterface
public interface AnnotatedPdfExporter {

    void export(ComparisonResult result, List<Note> notes, Path target) throws Exception;
}
