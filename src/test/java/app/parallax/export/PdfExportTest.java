package app.parallax.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.align.Claim;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExportTest {

    private final PdfFixture fixture = new PdfFixture();

    @TempDir
    Path dir;

    private Path export(PdfExport.Layout layout, List<Note> notes) throws ExportException {
        Path pdf = dir.resolve("story.pdf");
        PdfExport.write(fixture.result, notes, "Xi meets Putin", layout, pdf, ProgressListener.NONE);
        return pdf;
    }

    @Test
    void disputedPassageIsHighlightedOverItsWordsAndNamesTheOtherValue() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            PdfProbe.Highlight lunch = probe.highlights().stream()
                    .filter(h -> "Disputed".equals(h.subject()) && h.text().contains("conversation and lunch"))
                    .findFirst().orElseThrow();
            assertThat(lunch.text()).startsWith("Mr. Xi and Mr. Putin").endsWith("Dmitri S. Peskov.");
            assertThat(lunch.contents()).startsWith("Disputed: USA Today and AP say 'dinner' (meal).")
                    .contains("This report: 'lunch'");
            assertThat(probe.pageText(lunch.page())).contains("Xi to Visit Putin in Moscow");
        }
    }

    @Test
    void conflictingWordsGetTheirOwnHighlight() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            List<PdfProbe.Highlight> conflicts = probe.highlights().stream()
                    .filter(h -> "Conflict".equals(h.subject())).toList();
            assertThat(conflicts).extracting(PdfProbe.Highlight::text)
                    .containsExactlyInAnyOrder("lunch", "lunch", "dinner", "dinner");
            PdfProbe.Highlight usa = conflicts.stream().filter(h -> h.text().equals("dinner")).findFirst().orElseThrow();
            assertThat(usa.contents()).contains("The New York Times and CNN say 'lunch'").contains("instead of 'dinner'");
        }
    }

    @Test
    void highlightsUseTheReadersPaletteSoAgreedIsTheSameBlue() {
        assertThat(PdfHighlighter.AGREED.getComponents()).containsExactly(0xd7 / 255f, 0xe7 / 255f, 0xfb / 255f);
        assertThat(PdfHighlighter.DISPUTED.getComponents()).containsExactly(0xfd / 255f, 0xe0 / 255f, 0xbd / 255f);
    }

    @Test
    void everyAgreedOrDisputedPassageIsHighlightedAndNothingElse() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            List<PdfProbe.Highlight> passages = probe.highlights().stream()
                    .filter(h -> !"Conflict".equals(h.subject())).toList();
            List<String> expected = List.of(PdfFixture.NYT_LUNCH, PdfFixture.NYT_AGREED, PdfFixture.CNN_AGREED,
                    PdfFixture.CNN_LUNCH, PdfFixture.USA_DINNER, PdfFixture.AP_DINNER);
            assertThat(passages).extracting(PdfProbe.Highlight::text).containsExactlyInAnyOrderElementsOf(expected);
            PdfProbe.Highlight agreed = passages.stream().filter(h -> h.text().equals(PdfFixture.CNN_AGREED))
                    .findFirst().orElseThrow();
            assertThat(agreed.contents()).isEqualTo("Agreed: also reported by The New York Times.");
        }
    }

    @Test
    void highlightOnALaterPageSitsOverItsText() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            PdfProbe.Highlight ap = probe.highlights().stream()
                    .filter(h -> h.text().equals(PdfFixture.AP_DINNER)).findFirst().orElseThrow();
            int apStart = pageContaining(probe, "Xi arrives in Moscow for talks");
            assertThat(ap.page()).isGreaterThan(apStart);
            assertThat(ap.contents()).contains("The New York Times and CNN say 'lunch'");
        }
    }

    @Test
    void textOfEveryArticleIsSearchableWithoutLigatures() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            String text = PdfProbe.collapse(probe.text());
            for (String s : List.of(PdfFixture.NYT_LUNCH, PdfFixture.NYT_CYRILLIC, PdfFixture.CNN_ACCENTS,
                    PdfFixture.USA_LONG, PdfFixture.AP_DINNER, PdfFixture.NYT_AGREED)) {
                assertThat(text).contains(s);
            }
            assertThat(text).doesNotContainPattern("[\\x{FB00}-\\x{FB06}]");
            for (PDPage page : probe.doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void coverListsOutletsCountsAndDisputedValues() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            String cover = PdfProbe.collapse(probe.pageText(0));
            assertThat(cover).contains("Xi meets Putin", "The New York Times", "nytimes.txt", "Exported ",
                    "1 agreed · 1 disputed", "‘lunch’ — The New York Times, CNN", "‘dinner’ — USA Today, AP");
        }
    }

    @Test
    void coverLinksGoToThePassagesPages() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation a : probe.doc.getPage(0).getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo) {
                    targets.add(((PDPageDestination) goTo.getDestination()).retrievePageNumber());
                }
            }
            int nyt = pageContaining(probe, "conversation and lunch");
            int usa = pageContaining(probe, "informal dinner");
            int ap = pageContaining(probe, "Putin hosted Xi for dinner");
            assertThat(targets).contains(nyt, usa, ap);
            assertThat(PdfProbe.collapse(probe.pageText(0))).contains("p. " + (nyt + 1));
        }
    }

    @Test
    void outlineHasOneEntryPerArticleAndPerDisputedClaim() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of()))) {
            List<String> titles = new ArrayList<>();
            List<String> claims = new ArrayList<>();
            for (PDOutlineItem item : probe.doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> claims.add(child.getTitle()));
            }
            assertThat(titles).contains("The New York Times — Xi to Visit Putin in Moscow", "CNN — Xi and Putin meet in Moscow",
                    "USA Today — Chinese leader arrives in Moscow", "AP — Xi arrives in Moscow for talks",
                    "Disputed claims (1)");
            assertThat(claims).containsExactly("1. meal: ‘lunch’ / ‘dinner’ (conflict)");
        }
    }

    @Test
    void notesBecomeStickyNotesOnTheirArticlesPage() throws Exception {
        Note note = fixture.cnnNote();
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.CONTINUOUS, List.of(note)))) {
            List<Integer> pages = new ArrayList<>();
            for (int i = 0; i < probe.doc.getNumberOfPages(); i++) {
                for (PDAnnotation a : probe.doc.getPage(i).getAnnotations()) {
                    if (a instanceof PDAnnotationText t) {
                        assertThat(t.getContents()).isEqualTo("Check who said this first.");
                        pages.add(i);
                    }
                }
            }
            assertThat(pages).containsExactly(pageContaining(probe, "Zelenskyy’s office"));
        }
    }

    @Test
    void sideBySidePutsLinkedPassagesLevelOnLandscapePages() throws Exception {
        try (PdfProbe probe = new PdfProbe(export(PdfExport.Layout.SIDE_BY_SIDE, List.of()))) {
            PDPage body = probe.doc.getPage(probe.doc.getNumberOfPages() - 1);
            assertThat(body.getMediaBox().getWidth()).isGreaterThan(body.getMediaBox().getHeight());
            List<PdfProbe.Highlight> hs = probe.highlights();
            PdfProbe.Highlight nyt = byText(hs, PdfFixture.NYT_LUNCH);
            PdfProbe.Highlight cnn = byText(hs, PdfFixture.CNN_LUNCH);
            PdfProbe.Highlight usa = byText(hs, PdfFixture.USA_DINNER);
            PdfProbe.Highlight ap = byText(hs, PdfFixture.AP_DINNER);
            // the fixture's NYT and CNN tell lunch and the agreed sentence in opposite orders: the
            // links cross, so the earlier one (NYT's lunch) goes first, alone, and the rest align
            assertThat(cnn.page()).isEqualTo(nyt.page());
            assertThat(cnn.top()).isLessThan(nyt.top());
            assertThat(ap.page()).isEqualTo(usa.page());
            assertThat(ap.top()).isEqualTo(usa.top());
            assertThat(byText(hs, PdfFixture.CNN_AGREED).top()).isEqualTo(byText(hs, PdfFixture.NYT_AGREED).top());
            String text = PdfProbe.collapse(probe.text());
            assertThat(text).contains("Владимир Путин", "São Paulo");
        }
    }

    @Test
    void passageRunningOverAPageBreakGetsOneHighlightPerPage() throws Exception {
        String long1 = String.join(" ", Collections.nCopies(60, PdfFixture.FILLER));
        var a = new Article("a", "", "Outlet A", "A", "", long1);
        var b = new Article("b", "", "Outlet B", "B", "", "Short agreeing text.");
        var pa = new Passage("a#0", "a", 0,
                new TextRange(0, long1.length()), long1, false);
        var pb = new Passage("b#0", "b", 0,
                new TextRange(0, 20), "Short agreeing text.", false);
        var claim = new Claim("c1", List.of("a#0", "b#0"), List.of("a", "b"),
                Verdict.AGREED, List.of());
        var result = new ComparisonResult(List.of(a, b), List.of(pa, pb),
                List.of(new Link("a#0", "b#0", 0.5, List.of())), List.of(claim));
        Path pdf = dir.resolve("long.pdf");
        PdfExport.write(result, List.of(), "Long", PdfExport.Layout.CONTINUOUS, pdf, ProgressListener.NONE);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            List<PdfProbe.Highlight> parts = probe.highlights().stream()
                    .filter(h -> h.contents().equals("Agreed: also reported by Outlet B.")).toList();
            assertThat(parts.stream().map(PdfProbe.Highlight::page).distinct()).hasSizeGreaterThan(1);
            assertThat(String.join(" ", parts.stream().map(PdfProbe.Highlight::text).toList()))
                    .isEqualTo(PdfProbe.collapse(long1));
        }
    }

    @Test
    void emptyComparisonGivesACoverOnly() throws Exception {
        Path pdf = dir.resolve("empty.pdf");
        PdfExport.write(ComparisonResult.empty(), List.of(), null, PdfExport.Layout.CONTINUOUS, pdf,
                ProgressListener.NONE);
        try (PdfProbe probe = new PdfProbe(pdf)) {
            assertThat(probe.doc.getNumberOfPages()).isEqualTo(1);
            assertThat(probe.text()).contains("Untitled story", "No articles.");
        }
    }

    @Test
    void missingFolderIsAnExportExceptionNamingTheFile() {
        Path target = dir.resolve("no-such-folder").resolve("story.pdf");
        assertThatThrownBy(() -> PdfExport.write(fixture.result, List.of(), "t", PdfExport.Layout.CONTINUOUS, target,
                ProgressListener.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("does not exist");
        assertThat(target).doesNotExist();
    }

    @Test
    void folderInTheWayIsAnExportException() throws IOException {
        Path target = Files.createDirectory(dir.resolve("story.pdf"));
        assertThatThrownBy(() -> PdfExport.write(fixture.result, List.of(), "t", PdfExport.Layout.CONTINUOUS, target,
                ProgressListener.NONE))
                .isInstanceOf(ExportException.class).hasMessageContaining("folder");
        assertThat(target).isDirectory();
    }

    @Test
    void failureHalfWayLeavesNoPartialFileAndKeepsTheOldOne() throws IOException {
        Path target = Files.writeString(dir.resolve("story.pdf"), "old");
        ProgressListener failing = (done, total, stage) -> {
            if (stage.equals("saving")) {
                throw new IllegalStateException("disk on fire");
            }
        };
        assertThatThrownBy(() -> PdfExport.write(fixture.result, List.of(), "t", PdfExport.Layout.CONTINUOUS, target,
                failing)).hasMessage("disk on fire");
        assertThat(Files.readString(target)).isEqualTo("old");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void interruptedExportIsCancelledAndLeavesNothing() {
        Path target = dir.resolve("story.pdf");
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> PdfExport.write(fixture.result, List.of(), "t", PdfExport.Layout.CONTINUOUS,
                    target, ProgressListener.NONE))
                    .isInstanceOf(ExportException.class).hasMessageContaining("cancelled");
        } finally {
            Thread.interrupted();
        }
        assertThat(target).doesNotExist();
    }

    @Test
    void readOnlyFolderIsAnExportException() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        assertThat(folder.toFile().setWritable(false, false)).isTrue();
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "running as root: folders stay writable");
            Path target = folder.resolve("story.pdf");
            assertThatThrownBy(() -> PdfExport.write(fixture.result, List.of(), "t", PdfExport.Layout.CONTINUOUS,
                    target, ProgressListener.NONE))
                    .isInstanceOf(ExportException.class).hasMessageContaining(target.toString());
            assertThat(target).doesNotExist();
        } finally {
            folder.toFile().setWritable(true, false);
        }
    }

    @Test
    void fileUnderARegularFileIsAnExportException() throws IOException {
        Path blocker = Files.writeString(dir.resolve("plain.txt"), "x");
        Path target = blocker.resolve("story.pdf");
        assertThatThrownBy(() -> PdfExport.write(fixture.result, List.of(), "t", PdfExport.Layout.CONTINUOUS, target,
                ProgressListener.NONE))
                .isInstanceOf(ExportException.class).hasMessageContaining(target.toString());
    }

    @Test
    void titleFallsBackToTheFirstArticlesTitle() {
        assertThat(PdfExport.title(fixture.result, " ")).isEqualTo("Xi to Visit Putin in Moscow");
        assertThat(PdfExport.title(fixture.result, "Given")).isEqualTo("Given");
    }

    private static PdfProbe.Highlight byText(List<PdfProbe.Highlight> hs, String text) {
        return hs.stream().filter(h -> h.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(
                "no highlight over: " + text + "\n" + hs.stream().map(PdfProbe.Highlight::text).toList()));
    }

    private static int pageContaining(PdfProbe probe, String words) throws IOException {
        for (int i = 1; i < probe.doc.getNumberOfPages(); i++) {
            if (PdfProbe.collapse(probe.pageText(i)).contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no page has " + words);
    }
}
