package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.note.Note;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Builds the whole annotated document in memory, in order: cover, articles (in the chosen
 * layout), then what needs both (cover links and page references, highlights, notes, outline,
 * page numbers). Stops with {@link InterruptedIOException} if the thread is interrupted.
 */
final class PdfDocumentBuilder {

    private final ComparisonResult result;
    private final List<Note> notes;
    private final String title;
    private final PdfExport.Layout layout;

    PdfDocumentBuilder(ComparisonResult result, List<Note> notes, String title, PdfExport.Layout layout) {
        this.result = shown(result);
        this.notes = List.copyOf(notes);
        this.title = PdfPages.capped(title);
        this.layout = layout;
    }

    /**
     * The result as the PDF shows it: outlet names and titles cut to {@value PdfPages#TITLE_CHARS}
     * characters, so that a sidecar's huge value costs no more than a short one.
     */
    private static ComparisonResult shown(ComparisonResult result) {
        if (result.articles().stream().allMatch(a -> a.outlet().length() <= PdfPages.TITLE_CHARS && a.source().length() <= PdfPages.TITLE_CHARS && a.date().length() <= PdfPages.TITLE_CHARS
                && a.title().length() <= PdfPages.TITLE_CHARS)) {
            return result;
        }
        List<Article> articles = result.articles().stream().map(a -> new Article(a.id(), PdfPages.capped(a.source()),
                PdfPages.capped(a.outlet()), PdfPages.capped(a.title()), PdfPages.capped(a.date()), a.text())).toList();
        return new ComparisonResult(articles, result.passages(), result.links(), result.claims());
    }

    /** The finished document; the caller saves and closes it. */
    PDDocument build(LocalDate exported, ProgressListener progress) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            fill(doc, exported, progress);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private void fill(PDDocument doc, LocalDate exported, ProgressListener progress) throws IOException {
        long total = result.articles().size() * 2L + 3;
        Map<String, String> texts = new LinkedHashMap<>();
        result.articles().forEach(a -> texts.put(a.id(), a.text()));
        PdfPlacement placement = new PdfPlacement(texts);
        PdfLinks links = new PdfLinks();
        PdfAnnotations annotations = new PdfAnnotations();
        try (PdfPages pages = new PdfPages(doc)) {
            new PdfCover(pages, result, links).write(title, exported);
            PDPage cover = pages.pages().get(0);
            progress.progress(1, total, "drawing the cover");
            drawArticles(pages, placement, progress, total);
            pages.close();
            PdfHighlighter highlighter = new PdfHighlighter(result, placement, annotations);
            for (Article a : result.articles()) {
                checkInterrupted();
                highlighter.highlight(a);
                progress.progress(2 + result.articles().size() + result.articles().indexOf(a), total, "highlighting");
            }
            highlighter.notes(notes);
            links.resolve(result, placement, pages.pages(), annotations, pages.regular());
            PdfFooter.write(pages, links, title);
            links.drawLate(doc);
            annotations.attach(doc);
            PdfOutline.write(doc, cover, result, placement);
            info(doc);
        }
        progress.progress(total - 1, total, "saving");
    }

    private void drawArticles(PdfPages pages, PdfPlacement placement, ProgressListener progress, long total)
            throws IOException {
        if (layout == PdfExport.Layout.SIDE_BY_SIDE) {
            checkInterrupted();
            new PdfSideBySideBody(pages, result, placement).write();
            progress.progress(1 + result.articles().size(), total, "drawing the articles");
            return;
        }
        PdfContinuousBody body = new PdfContinuousBody(pages, result, placement);
        for (int i = 0; i < result.articles().size(); i++) {
            checkInterrupted();
            body.write(result.articles().get(i));
            progress.progress(2 + i, total, "drawing the articles");
        }
    }

    private void info(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject("Where " + result.articles().size() + " reports agree and differ");
        info.setCreator("Parallax");
        info.setCreationDate(Calendar.getInstance());
    }

    private static void checkInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the export was cancelled");
        }
    }
}
