package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.note.Note;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Front door of the PDF export: writes a comparison as an annotated PDF for reading and printing.
 *
 * <pre>{@code
 * PdfExport.write(result, notes, "Harbor Bridge closed", PdfExport.Layout.CONTINUOUS,
 *         Path.of("xi.pdf"), ProgressListener.NONE);
 * }</pre>
 *
 * The document has a cover (story, outlets and sources, date of export, claim counts per outlet,
 * a table of disputed claims linking to their passages), then every article in full with a
 * running header and page numbers. Passages of agreed and disputed claims carry highlight
 * annotations in their verdict's colour whose popup says what the other outlets report; the
 * conflicting words carry a stronger highlight; the reader's notes become sticky notes. Bookmarks
 * list the articles and the disputed claims. Fonts (DejaVu Sans) are embedded and text stays
 * searchable. Blocking and thread-agnostic; interrupting the thread cancels the export.
 */
public final class PdfExport {

    /** How the articles are laid out after the cover. */
    public enum Layout {
        /** Portrait pages, one article after another, each from a new page. */
        CONTINUOUS,
        /**
         * Landscape pages with two or three articles in columns, passages of one claim level with
         * each other. More than three articles are shown as consecutive runs of two or three
         * columns (5 → 3 + 2), each article in full exactly once.
         */
        SIDE_BY_SIDE
    }

    private PdfExport() {
    }

    /**
     * Writes the annotated PDF to {@code target} through {@link SafeOutput}: atomically, replacing
     * only a regular file (keeping its permissions), following a symbolic link to its file; on
     * failure no partial file is left and an existing target is untouched.
     *
     * @param result     the comparison; with no articles the PDF has only its cover
     * @param notes      the reader's notes; notes on unknown articles are skipped; may be empty
     * @param storyTitle the story's title; null or blank uses the first article's title
     * @param layout     how to lay out the articles
     * @param target     the PDF file to write
     * @param progress   told of progress; use {@link ProgressListener#NONE} to ignore; an exception
     *                   it throws ends the export (no file is left) and propagates unchanged
     * @throws ExportException naming the target when it cannot be written (missing folder, no
     *                         permission, a folder, device or pipe in the way, read-only file,
     *                         disk full) or the export is cancelled
     */
    public static void write(ComparisonResult result, List<Note> notes, String storyTitle, Layout layout,
                             Path target, ProgressListener progress) throws ExportException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        SafeOutput.check(target);
        PdfDocumentBuilder builder = new PdfDocumentBuilder(result, notes, title(result, storyTitle), layout);
        try (PDDocument doc = builder.build(LocalDate.now(), progress)) {
            SafeOutput.write(target, doc::save);
        } catch (InterruptedIOException e) {
            throw new ExportException(target, "the export was cancelled", e);
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(target, SafeOutput.describe(e), e);
        }
        progress.progress(1, 1, "saved");
    }

    /** The title the export uses: the given one, else the first article's, else "Untitled story". */
    static String title(ComparisonResult result, String storyTitle) {
        if (storyTitle != null && !storyTitle.isBlank()) {
            return storyTitle.strip();
        }
        return result.articles().stream().map(Article::title).filter(t -> !t.isBlank()).findFirst()
                .orElse("Untitled story");
    }

}
