package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ProgressListener;
import app.parallax.report.TwoGradesStory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated PDF keeps the two grades apart: colours, notes, cover tables and bookmarks. */
class PdfGradesTest {

    @TempDir
    Path dir;

    private Path export() throws ExportException {
        Path pdf = dir.resolve("bridge.pdf");
        PdfExport.write(TwoGradesStory.result(), List.of(), "Bridge closes", PdfExport.Layout.CONTINUOUS, pdf,
                ProgressListener.NONE);
        return pdf;
    }

    @Test
    void valuesThatDifferAreHighlightedInTheirOwnColourAndSaySo() throws Exception {
        try (PdfProbe probe = new PdfProbe(export())) {
            List<PdfProbe.Highlight> all = probe.highlights();
            PdfProbe.Highlight about = all.stream().filter(h -> h.text().equals("About 40")).findFirst().orElseThrow();
            assertThat(about.subject()).isEqualTo("Values differ");
            assertThat(about.colour()).containsExactly(PdfHighlighter.VALUES_DIFFER_WORDS.getComponents());
            assertThat(about.contents()).isEqualTo("Values differ (number): Beta says '42' instead of 'About 40'.");
            PdfProbe.Highlight monday = all.stream().filter(h -> h.text().equals("Monday")).findFirst().orElseThrow();
            assertThat(monday.subject()).isEqualTo("Conflict");
            assertThat(monday.colour()).containsExactly(PdfHighlighter.CONFLICT.getComponents());
            PdfProbe.Highlight passage = all.stream().filter(h -> h.text().equals("About 40 people were hurt."))
                    .findFirst().orElseThrow();
            assertThat(passage.subject()).isEqualTo("Values differ");
            assertThat(passage.colour()).containsExactly(PdfHighlighter.VALUES_DIFFER.getComponents());
            assertThat(passage.contents()).startsWith("Values differ (worth a look): Beta says '42' (number)");
        }
    }

    @Test
    void theColoursDifferFromTheConflictsAndComeFromTheReadersPalette() {
        assertThat(PdfHighlighter.VALUES_DIFFER.getComponents()).containsExactly(0xef / 255f, 0xeb / 255f, 0xc0 / 255f);
        assertThat(PdfHighlighter.VALUES_DIFFER.getComponents()).isNotEqualTo(PdfHighlighter.DISPUTED.getComponents());
        assertThat(PdfHighlighter.VALUES_DIFFER_WORDS.getComponents()).isNotEqualTo(PdfHighlighter.CONFLICT.getComponents());
    }

    @Test
    void theCoverListsEachGradeInItsOwnTableWithAKeyAndCounts() throws Exception {
        try (PdfProbe probe = new PdfProbe(export())) {
            String cover = PdfProbe.collapse(probe.pageText(0));
            assertThat(cover).contains("1 agreed · 1 disputed · 1 values differ · 1 single-source",
                    "values differ (worth a look)", "the words whose values differ");
            String conflicts = cover.substring(cover.indexOf("Disputed claims"), cover.lastIndexOf("Values differ"));
            String differ = cover.substring(cover.lastIndexOf("Values differ"));
            assertThat(conflicts).contains("conflict · weekday", "‘Monday’ — Alpha, Gamma").doesNotContain("‘42’");
            assertThat(differ).contains("values differ · number", "‘About 40’ — Alpha", "‘42’ — Beta", "‘Some 40’ — Gamma");
        }
    }

    @Test
    void bookmarksNameBothGrades() throws Exception {
        try (PdfProbe probe = new PdfProbe(export())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : probe.doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add("  " + child.getTitle()));
            }
            assertThat(titles).containsSubsequence("Disputed claims (1)", "  1. weekday: ‘Monday’ / ‘Tuesday’ (conflict)",
                    "Values differ (1)", "  1. number: ‘About 40’ / ‘42’ / ‘Some 40’ (values differ)");
        }
    }

    @Test
    void aStoryWithoutValuesThatDifferHasNoEmptyTableForThemAndKeepsItsCoverOnOnePage() throws Exception {
        Path pdf = dir.resolve("lunch.pdf");
        PdfExport.write(new PdfFixture().result, List.of(), "Xi meets Putin", PdfExport.Layout.CONTINUOUS, pdf,
                ProgressListener.NONE);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            String cover = PdfProbe.collapse(probe.pageText(0));
            assertThat(cover).contains("Disputed claims", "0 values differ");
            assertThat(cover.substring(cover.indexOf("Disputed claims"))).doesNotContain("Values differ");
            assertThat(probe.highlights()).extracting(PdfProbe.Highlight::page).contains(1);
            List<String> titles = new ArrayList<>();
            probe.doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).contains("Disputed claims (1)").noneMatch(t -> t.startsWith("Values differ"));
        }
    }
}
