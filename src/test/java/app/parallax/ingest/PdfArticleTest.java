package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.ingest.NewsPages.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfArticleTest {

    @TempDir
    Path dir;

    @Test
    void aPrintedArticleComesBackAsItsParagraphsWithoutHeadersFootersOrHyphens() throws Exception {
        Story story = Story.read(Path.of("src/test/resources/ingest/story/northern-post.txt"));
        byte[] pdf = ArticlePdf.of(story);
        Files.write(dir.resolve("northern-post.pdf"), pdf);

        String text = Ingest.readFile(dir.resolve("northern-post.pdf")).text();

        assertThat(text).isEqualTo(story.text());
    }

    @Test
    void theFixtureReallyHasHyphenatedLinesAndSeveralPages() throws Exception {
        Story story = Story.read(Path.of("src/test/resources/ingest/story/northern-post.txt"));

        assertThat(story.paragraphs()).anySatisfy(p -> assertThat(ArticlePdf.wrap(p)).anyMatch(l -> l.endsWith("-")));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(ArticlePdf.of(story))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void aPdfWithoutTextIsReportedNotLoadedEmpty() throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            Files.write(dir.resolve("scan.pdf"), out.toByteArray());
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Ingest.readFile(dir.resolve("scan.pdf")))
                .hasMessage(dir.resolve("scan.pdf") + ": PDF has no text layer (a scanned image?); not an article");
    }
}
