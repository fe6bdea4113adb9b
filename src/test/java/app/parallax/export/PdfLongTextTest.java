package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles and outlet names from a sidecar can be any length. The export shows at most
 * {@value PdfPages#TITLE_CHARS} characters of each, ending in an ellipsis, so a 2-million-character
 * title costs about what a short one does (it took minutes when fitting re-measured the title once
 * per character dropped). The timeout only guards against a hang; speed is measured by the benchmark.
 */
class PdfLongTextTest {

    private static final String HUGE = "Harbor Bridge closed after inspection ".repeat(55_000);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hugeStoryArticleAndOutletNamesAreShownCutWithAnEllipsis() throws Exception {
        PdfFixture fixture = new PdfFixture();
        List<Article> articles = new ArrayList<>();
        for (Article a : fixture.result.articles()) {
            articles.add(new Article(a.id(), a.source(), a.outlet() + " " + HUGE, HUGE, a.date(), a.text()));
        }
        ComparisonResult result = new ComparisonResult(articles, fixture.result.passages(), fixture.result.links(),
                fixture.result.claims());
        Path pdf = dir.resolve("long.pdf");
        for (PdfExport.Layout layout : PdfExport.Layout.values()) {
            PdfExport.write(result, List.of(fixture.cnnNote()), HUGE, layout, pdf, ProgressListener.NONE);
            try (PdfProbe probe = new PdfProbe(pdf)) {
                String cover = probe.pageText(0);
                assertThat(cover).contains("Harbor Bridge closed").contains("…");
                assertThat(cover.length()).isLessThan(20_000);
                assertThat(probe.doc.getDocumentInformation().getTitle().length())
                        .isLessThanOrEqualTo(PdfPages.TITLE_CHARS + 1);
                for (PDOutlineItem item : probe.doc.getDocumentCatalog().getDocumentOutline().children()) {
                    assertThat(item.getTitle().length()).isLessThanOrEqualTo(PdfPages.TITLE_CHARS + 1);
                }
                assertThat(PdfProbe.collapse(probe.text())).contains(PdfFixture.NYT_LUNCH.substring(0, 50));
            }
        }
    }
}
