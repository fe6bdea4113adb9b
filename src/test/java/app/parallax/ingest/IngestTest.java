package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parallax.core.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    @TempDir
    Path dir;

    @Test
    void corpusLoadsFiveOutletsInSidecarOrderWithTextUnchanged() throws Exception {
        LoadedStory story = Ingest.load(List.of(Path.of("corpus")));

        assertThat(story.problems()).isEmpty();
        assertThat(story.articles()).extracting(Article::outlet)
                .containsExactly("The New York Times", "USA Today", "NBC News", "AP", "CNN");
        assertThat(story.title()).isNotBlank();
        Path nyt = Path.of("corpus/xi-moscow-2023/nytimes.txt");
        assertThat(story.articles().get(0).text()).isEqualTo(Files.readString(nyt));
    }

    @Test
    void configuredExampleFolderWinsOverTheWorkingFolder() throws Exception {
        Path example = Files.createDirectories(dir.resolve("image/corpus"));
        String before = System.getProperty(Ingest.CORPUS_PROPERTY);
        System.setProperty(Ingest.CORPUS_PROPERTY, example.toString());
        try {
            assertThat(Ingest.defaultCorpus()).isEqualTo(example.toAbsolutePath().normalize());
        } finally {
            restore(before);
        }
    }

    @Test
    void missingConfiguredExampleFolderIsNamedInTheError() {
        Path missing = dir.resolve("nowhere/corpus");
        String before = System.getProperty(Ingest.CORPUS_PROPERTY);
        System.setProperty(Ingest.CORPUS_PROPERTY, missing.toString());
        try {
            assertThatThrownBy(Ingest::defaultCorpus).isInstanceOf(IngestException.class)
                    .hasMessageContaining(missing.toString()).hasMessageContaining("missing");
        } finally {
            restore(before);
        }
    }

    private static void restore(String before) {
        if (before == null) {
            System.clearProperty(Ingest.CORPUS_PROPERTY);
        } else {
            System.setProperty(Ingest.CORPUS_PROPERTY, before);
        }
    }

    @Test
    void badFilesAreReportedByNameAndTheOthersStillLoad() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "A headline\n\nA sentence of news.\n");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3, 4, 5});
        Path missing = dir.resolve("missing.txt");

        LoadedStory story = Ingest.load(List.of(dir.resolve("good.txt"), dir.resolve("empty.txt"),
                dir.resolve("binary.txt"), missing));

        assertThat(story.articles()).extracting(Article::id).containsExactly("good");
        assertThat(story.problems()).extracting(IngestProblem::message).containsExactly(
                dir.resolve("empty.txt") + ": file is empty",
                dir.resolve("binary.txt") + ": binary file, not text (expected .txt, .md, .html or .pdf)",
                missing + ": file not found");
    }

    @Test
    void htmlPagesBecomeHeadlineAndParagraphs() throws Exception {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Site | Story</title><script>x()</script>"
                + "</head><body><nav>Home</nav><article><h1>Bridge closed</h1><p>The bridge closed on Monday.</p>"
                + "<p>Ferries will run.</p></article><footer>© Site</footer></body></html>");

        Article a = Ingest.readFile(dir.resolve("page.html"));

        assertThat(a.title()).isEqualTo("Bridge closed");
        assertThat(a.text()).isEqualTo("Bridge closed\n\nThe bridge closed on Monday.\n\nFerries will run.\n");
    }

    @Test
    void withoutASidecarOutletAndDatelineComeFromNameAndText() throws Exception {
        Files.writeString(dir.resolve("daily-planet.txt"), "Storm hits\n\nMETROPOLIS — A storm hit the city.\n");

        Article a = Ingest.readFile(dir.resolve("daily-planet.txt"));

        assertThat(a.outlet()).isEqualTo("Daily Planet");
        assertThat(a.title()).isEqualTo("Storm hits");
        assertThat(a.date()).isEqualTo("METROPOLIS");
    }

    @Test
    void aBrokenSidecarIsReportedAndArticlesStillLoad() throws Exception {
        Files.writeString(dir.resolve("one.txt"), "One\n\nFirst report.\n");
        Files.writeString(dir.resolve("story.json"), "{ not json");

        LoadedStory story = Ingest.load(List.of(dir));

        assertThat(story.articles()).hasSize(1);
        assertThat(story.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith(dir.resolve("story.json") + ": story sidecar is not valid JSON"));
    }

    @Test
    void blankPastedTextIsRefused() {
        assertThatThrownBy(() -> Ingest.fromText("pasted-1", "Pasted", "  \n "))
                .isInstanceOf(IngestException.class).hasMessageContaining("no text");
    }
}
