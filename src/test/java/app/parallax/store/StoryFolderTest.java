package app.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parallax.core.Comparison;
import app.parallax.core.article.Article;
import app.parallax.ingest.Ingest;
import app.parallax.ingest.LinkFetcher;
import app.parallax.ingest.LoadedStory;
import app.parallax.ingest.LoopbackSite;
import app.parallax.ingest.MixedSourcesStoryTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryFolderTest {

    @TempDir
    Path dir;

    @Test
    void aStoryFromLinksFilesAndPastesReopensOfflineExactly() throws Exception {
        LoadedStory original;
        try (LoopbackSite site = new LoopbackSite()) {
            List<String> sources = MixedSourcesStoryTest.writeMixed(site, Files.createDirectory(dir.resolve("loose")));
            original = Ingest.loadSources(sources, new LinkFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20), s -> { });
        }
        Article pasted = Ingest.fromText("pasted-1", "Radio Veylan", "Bridge shut\n\nThe harbor bridge was closed on Monday.\n");
        List<Article> articles = new java.util.ArrayList<>(original.articles());
        articles.add(pasted);
        Path saved = dir.resolve("bridge-story");

        StoryFolder.save(saved, "Harbor bridge", articles, original.origins(), List.of());
        LoadedStory reopened = Ingest.load(List.of(saved));

        assertThat(reopened.problems()).isEmpty();
        assertThat(reopened.notices()).isEmpty();
        assertThat(reopened.title()).isEqualTo("Harbor bridge");
        assertThat(reopened.articles()).usingRecursiveFieldByFieldElementComparatorIgnoringFields()
                .containsExactlyElementsOf(articles);
        assertThat(MixedSourcesStoryTest.rendering(Comparison.compare(reopened.articles())))
                .isEqualTo(MixedSourcesStoryTest.rendering(Comparison.compare(articles)));
    }

    @Test
    void theFetchedPageIsKeptBesideItsTextWithAddressAndFetchTime() throws Exception {
        LoadedStory story;
        try (LoopbackSite site = new LoopbackSite()) {
            List<String> sources = MixedSourcesStoryTest.writeMixed(site, Files.createDirectory(dir.resolve("loose")));
            story = Ingest.loadSources(sources.subList(0, 3), new LinkFetcher(), s -> { });
        }
        Path saved = dir.resolve("saved");

        StoryFolder.save(saved, "", story.articles(), story.origins(), List.of());

        String linkId = story.articles().get(0).id();
        JsonNode entry = new ObjectMapper().readTree(saved.resolve("story.json").toFile()).path("articles").path(linkId + ".txt");
        assertThat(entry.path("source").asText()).startsWith("http://127.0.0.1:").endsWith("/2026/03/02/harbor-bridge");
        assertThat(entry.path("outlet").asText()).isEqualTo("Veylan Courier");
        assertThat(Instant.parse(entry.path("fetched").asText())).isBefore(Instant.now().plusSeconds(1));
        assertThat(saved.resolve(entry.path("original").asText())).exists().content().contains("Accept all cookies");
        assertThat(saved.resolve("northern-post.pdf")).exists();
        assertThat(Files.readString(saved.resolve(linkId + ".txt"))).isEqualTo(story.articles().get(0).text());
    }

    @Test
    void aReopenedStorySavedAgainKeepsItsPagesAndFetchTimes() throws Exception {
        LoadedStory story;
        try (LoopbackSite site = new LoopbackSite()) {
            List<String> sources = MixedSourcesStoryTest.writeMixed(site, Files.createDirectory(dir.resolve("loose")));
            story = Ingest.loadSources(sources, new LinkFetcher(), s -> { });
        }
        StoryFolder.save(dir.resolve("first"), "Bridge", story.articles(), story.origins(), List.of());
        LoadedStory reopened = Ingest.load(List.of(dir.resolve("first")));

        StoryFolder.save(dir.resolve("second"), reopened.title(), reopened.articles(), reopened.origins(), List.of());

        JsonNode first = new ObjectMapper().readTree(dir.resolve("first/story.json").toFile());
        JsonNode second = new ObjectMapper().readTree(dir.resolve("second/story.json").toFile());
        assertThat(second).isEqualTo(first);
        for (JsonNode entry : second.path("articles")) {
            if (entry.has("original")) {
                assertThat(dir.resolve("second").resolve(entry.path("original").asText()))
                        .hasSameBinaryContentAs(dir.resolve("first").resolve(entry.path("original").asText()));
            }
        }
    }

    @Test
    void aFolderThatIsNotEmptyIsNeverWrittenInto() throws Exception {
        Path full = Files.createDirectory(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        Article a = new Article("a", "", "A", "", "", "Text.\n");

        assertThatThrownBy(() -> StoryFolder.save(full, "", List.of(a), Map.of(), List.of()))
                .hasMessage(full + ": folder is not empty; choose a new or empty folder");
        assertThat(full.resolve("a.txt")).doesNotExist();
    }

    @Test
    void aRenamedOutletIsSavedInTheSidecarAndTheStoryReopensWithIt() throws Exception {
        Path story = Files.createDirectory(dir.resolve("story"));
        Files.writeString(story.resolve("gazette.txt"), "Bridge shut\n\nThe harbor bridge was closed on Monday.\n");
        Files.writeString(story.resolve("courier.html"), "<html><body><h1>Bridge</h1><p>The bridge was shut on Monday.</p></body></html>");
        Files.writeString(story.resolve("story.json"),
                "{\"title\": \"Harbor bridge\", \"articles\": {\"gazette.txt\": {\"outlet\": \"Gazette\", \"date\": \"2026-11-02\"}}}");

        StoryFolder.renameOutlet(story, "gazette.txt", "Harbor Gazette");
        StoryFolder.renameOutlet(story, "courier.html", "Veylan Courier");
        LoadedStory reopened = Ingest.load(List.of(story));

        assertThat(reopened.title()).isEqualTo("Harbor bridge");
        assertThat(reopened.articles()).extracting(Article::outlet).containsExactly("Harbor Gazette", "Veylan Courier");
        assertThat(reopened.articles().get(0).date()).isEqualTo("2026-11-02");
        assertThat(Files.list(story).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("courier.html", "gazette.txt", "story.json");
    }

    @Test
    void aSavedStoryKeepsTheRenameOnTheEntryOfItsPage() throws Exception {
        Path story = Files.createDirectory(dir.resolve("saved"));
        Files.writeString(story.resolve("courier.txt"), "Bridge\n\nThe bridge was shut on Monday.\n");
        Files.writeString(story.resolve("courier.html"), "<html><body><p>The bridge was shut on Monday.</p></body></html>");
        Files.writeString(story.resolve("story.json"),
                "{\"articles\": {\"courier.txt\": {\"outlet\": \"Courier\", \"original\": \"courier.html\"}}}");

        StoryFolder.renameOutlet(story, "courier.html", "Veylan Courier");

        JsonNode entries = new ObjectMapper().readTree(story.resolve("story.json").toFile()).path("articles");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.path("courier.txt").path("outlet").asText()).isEqualTo("Veylan Courier");
        assertThat(entries.path("courier.txt").path("original").asText()).isEqualTo("courier.html");
        assertThat(Ingest.load(List.of(story)).articles()).extracting(Article::outlet).containsExactly("Veylan Courier");
    }

    @Test
    void anUnreadableSidecarIsNotReplacedByARename() throws Exception {
        Path story = Files.createDirectory(dir.resolve("broken"));
        Files.writeString(story.resolve("story.json"), "{ not json");

        assertThatThrownBy(() -> StoryFolder.renameOutlet(story, "a.txt", "A"))
                .isInstanceOf(StoreException.class).hasMessageContaining("not valid JSON");
        assertThat(Files.readString(story.resolve("story.json"))).isEqualTo("{ not json");
    }
}
