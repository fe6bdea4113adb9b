package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LoadedStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled story through the real engine and both layouts; leaves target/corpus.pdf and
 * target/corpus-side-by-side.pdf for looking at.
 */
class PdfCorpusExportTest {

    private static LoadedStory story;
    private static ComparisonResult result;

    @BeforeAll
    static void compare() {
        story = Ingest.load(List.of(Path.of("corpus")));
        result = Comparison.compare(story.articles());
    }

    private static Path export(PdfExport.Layout layout, String name) throws Exception {
        Path pdf = Files.createDirectories(Path.of("target")).resolve(name);
        PdfExport.write(result, List.of(), story.title(), layout, pdf, ProgressListener.NONE);
        return pdf;
    }

    @Test
    void continuousExportShowsEveryArticleAndTheLunchDinnerDispute() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, "corpus.pdf"))) {
            String text = PdfProbe.collapse(probe.text());
            for (Article a : result.articles()) {
                assertThat(text).contains(a.outlet());
                String firstSentence = PdfProbe.collapse(a.text()).substring(0, 60);
                assertThat(text).contains(firstSentence);
            }
            assertThat(text).doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
            PdfProbe.Highlight lunch = probe.highlights().stream()
                    .filter(h -> "Disputed".equals(h.subject()) && h.text().contains("lunch")
                            && h.contents().contains("'dinner'"))
                    .findFirst().orElseThrow();
            assertThat(lunch.contents()).contains("USA Today").contains("AP");
            assertThat(probe.highlights()).anyMatch(h -> "Conflict".equals(h.subject()) && h.text().equals("dinner"));
        }
    }

    @Test
    void outlineListsEveryArticleAndEveryDisputedClaim() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, "corpus-outline.pdf"))) {
            List<String> top = new ArrayList<>();
            int claims = 0;
            for (PDOutlineItem item : probe.doc.getDocumentCatalog().getDocumentOutline().children()) {
                top.add(item.getTitle());
                for (PDOutlineItem ignored : item.children()) {
                    claims++;
                }
            }
            int valuesDiffer = result.claims(Verdict.VALUES_DIFFER).size();
            assertThat(top).hasSize(result.articles().size() + 2 + (valuesDiffer > 0 ? 1 : 0));
            assertThat(claims).isEqualTo(result.claims(Verdict.DISPUTED).size() + valuesDiffer);
            assertThat(result.claims(Verdict.DISPUTED)).isNotEmpty();
        }
    }

    @Test
    void sideBySideExportKeepsEveryArticlesText() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.SIDE_BY_SIDE, "corpus-side-by-side.pdf"))) {
            assertThat(probe.highlights()).anyMatch(h -> h.text().contains("dinner"));
            String text = PdfProbe.collapse(probe.text());
            for (Article a : result.articles()) {
                assertThat(text).contains(a.outlet());
            }
        }
    }
}
