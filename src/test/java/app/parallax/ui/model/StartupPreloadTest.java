package app.parallax.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.ingest.LoadedStory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is read and compared at start-up is handed out once, and only for the same files and articles. */
class StartupPreloadTest {

    @Test
    void theStoryAndItsComparisonAreHandedOutOnceForTheSameFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("harbour-a.txt"), "Dock workers voted on Monday to accept the new pay offer.");
        Files.writeString(dir.resolve("harbour-b.txt"), "Workers at the port accepted the new pay offer on Monday.");
        StartupPreload.begin(List.of(dir));

        assertThat(StartupPreload.story(List.of(dir.resolve("other")))).isEmpty();
        LoadedStory story = StartupPreload.story(List.of(dir)).orElseThrow();
        assertThat(story.articles()).hasSize(2);
        assertThat(StartupPreload.story(List.of(dir))).as("a later open reads the files afresh").isEmpty();
        assertThat(StartupPreload.fastResult(story.articles())).get()
                .satisfies(r -> assertThat(r.links()).isNotEmpty());
        assertThat(StartupPreload.fastResult(story.articles())).as("later comparisons are done afresh").isEmpty();
    }

    @Test
    void otherArticlesGetNoPreloadedComparison(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "The ferry left the harbour at dawn with forty passengers.");
        Files.writeString(dir.resolve("b.txt"), "The ferry sailed from the harbour at dawn carrying forty passengers.");
        StartupPreload.begin(List.of(dir));
        LoadedStory story = StartupPreload.story(List.of(dir)).orElseThrow();

        assertThat(StartupPreload.fastResult(story.articles().subList(0, 1))).isEmpty();
    }
}
