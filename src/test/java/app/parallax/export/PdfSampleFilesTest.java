package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;

/**
 * Writes the fixture story in both layouts to target/ for looking at (pdftoppm, a PDF reader), and
 * checks what a reader of each file would see first: the story on a portrait cover, every outlet,
 * the article pages in the layout's orientation, and the reader's note as a sticky note.
 */
class PdfSampleFilesTest {

    private final PdfFixture fixture = new PdfFixture();

    private Path write(PdfExport.Layout layout) throws Exception {
        Path out = Files.createDirectories(Path.of("target"));
        Path pdf = out.resolve("fixture-" + layout.name().toLowerCase(Locale.ROOT) + ".pdf");
        PdfExport.write(fixture.result, List.of(fixture.cnnNote()), "Xi meets Putin", layout, pdf,
                ProgressListener.NONE);
        return pdf;
    }

    @Test
    void continuousFileHasPortraitPagesEveryOutletAndTheNote() throws Exception {
        try (PdfProbe probe = new PdfProbe(write(PdfExport.Layout.CONTINUOUS))) {
            assertThat(probe.pageText(0)).contains("Xi meets Putin");
            assertThat(probe.doc.getPages()).allMatch(p -> !landscape(p));
            assertEveryOutletAndTheNote(probe);
        }
    }

    @Test
    void sideBySideFileHasLandscapeArticlePagesEveryOutletAndTheNote() throws Exception {
        try (PdfProbe probe = new PdfProbe(write(PdfExport.Layout.SIDE_BY_SIDE))) {
            assertThat(probe.pageText(0)).contains("Xi meets Putin");
            PDPage last = probe.doc.getPage(probe.doc.getNumberOfPages() - 1);
            assertThat(landscape(last)).as("article pages are landscape").isTrue();
            assertEveryOutletAndTheNote(probe);
        }
    }

    private void assertEveryOutletAndTheNote(PdfProbe probe) throws Exception {
        String text = PdfProbe.collapse(probe.text());
        for (Article a : fixture.result.articles()) {
            assertThat(text).contains(a.outlet());
        }
        boolean noteShown = false;
        for (PDPage page : probe.doc.getPages()) {
            noteShown |= page.getAnnotations().stream().anyMatch(a -> a instanceof PDAnnotationText t
                    && fixture.cnnNote().text().equals(t.getContents()));
        }
        assertThat(noteShown).as("the reader's note is a sticky note").isTrue();
    }

    private static boolean landscape(PDPage page) {
        return page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
    }
}
