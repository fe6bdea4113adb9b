package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outlet names made from file names when nothing else names the outlet. */
class OutletNamesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "nyt, NYT",
            "nytimes, NYT",
            "hpo, HuffPost",
            "huffington-post, HuffPost",
            "13792511-fox, Fox News",
            "ap, AP",
            "usatoday, USA Today",
            "kxy, KXY",
            "daily-planet, Daily Planet",
            "new_york_herald, New York Herald",
    })
    void fileNamesGiveWellKnownOutletNames(String stem, String outlet) {
        assertThat(ArticleFacts.outletFromName(stem)).isEqualTo(outlet);
    }

    @Test
    void twoFilesOfOneOutletGetNamesOneCanTellApart() throws Exception {
        Files.writeString(dir.resolve("fox.txt"), "Officials said the bridge closed on Monday after the storm.\n");
        Files.writeString(dir.resolve("13792511-fox.txt"), "The bridge was closed on Tuesday, the city said in a statement.\n");
        Files.writeString(dir.resolve("nyt.txt"), "The city closed the bridge after a storm damaged it overnight.\n");

        LoadedStory story = Ingest.load(List.of(dir));

        assertThat(story.articles()).extracting(Article::outlet)
                .containsExactlyInAnyOrder("Fox News", "Fox News (2)", "NYT");
    }
}
