package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.ingest.NewsPages.Story;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same five reports, once as a user has them (a link, a saved page, a PDF, a UTF-16 file and
 * a plain text file) and once as clean UTF-8 text, give the same comparison.
 */
public class MixedSourcesStoryTest {

    public static final Path STORY = Path.of("src/test/resources/ingest/story");
    public static final List<String> NAMES = List.of("veylan-courier", "coastal-times", "northern-post", "daily-ledger", "harbor-gazette");

    @TempDir
    Path dir;

    @Test
    void aStoryFromMixedSourcesComparesLikeTheSameTextsAsUtf8() throws Exception {
        try (LoopbackSite site = new LoopbackSite()) {
            List<String> mixed = writeMixed(site, dir);
            List<String> plain = NAMES.stream().map(n -> STORY.resolve(n + ".txt").toString()).toList();

            LoadedStory fromMixed = Ingest.loadSources(mixed, new LinkFetcher(Duration.ofSeconds(5), Duration.ofSeconds(5), 1 << 20), s -> { });
            LoadedStory fromPlain = Ingest.load(plain.stream().map(Path::of).toList());

            assertThat(fromMixed.problems()).isEmpty();
            assertThat(fromMixed.articles()).hasSize(5);
            String expected = rendering(Comparison.compare(fromPlain.articles()));
            assertThat(rendering(Comparison.compare(fromMixed.articles()))).isEqualTo(expected).contains("conflict");
        }
    }

    /** Writes the five reports in five different shapes; returns the sources in story order. */
    public static List<String> writeMixed(LoopbackSite site, Path dir) throws Exception {
        Story courier = Story.read(STORY.resolve("veylan-courier.txt"));
        site.page("/2026/03/02/harbor-bridge", "text/html; charset=utf-8", NewsPages.page("Veylan Courier", "Ada Brun",
                "2026-03-02", site.url("/2026/03/02/harbor-bridge"), courier, "utf-8").getBytes(StandardCharsets.UTF_8));
        Story coastal = Story.read(STORY.resolve("coastal-times.txt"));
        Files.writeString(dir.resolve("coastal-times.html"), NewsPages.page("Coastal Times", "Mara Lind", "2026-03-02",
                "https://coastaltimes.example/bridge", coastal, "utf-8"));
        Files.write(dir.resolve("northern-post.pdf"), ArticlePdf.of(Story.read(STORY.resolve("northern-post.txt"))));
        Files.write(dir.resolve("daily-ledger.txt"), Files.readString(STORY.resolve("daily-ledger.txt")).getBytes(StandardCharsets.UTF_16));
        Files.copy(STORY.resolve("harbor-gazette.txt"), dir.resolve("harbor-gazette.txt"));
        return List.of(site.url("/2026/03/02/harbor-bridge"), dir.resolve("coastal-times.html").toString(),
                dir.resolve("northern-post.pdf").toString(), dir.resolve("daily-ledger.txt").toString(),
                dir.resolve("harbor-gazette.txt").toString());
    }

    /** One line per link: the two passages (article by position) and the conflicts found. */
    public static String rendering(ComparisonResult r) {
        List<String> ids = r.articles().stream().map(Article::id).toList();
        return r.links().stream().map(l -> side(r, ids, l.a()) + " ~ " + side(r, ids, l.b()) + conflicts(l))
                .sorted().collect(Collectors.joining("\n"));
    }

    private static String side(ComparisonResult r, List<String> ids, String passageId) {
        Passage p = r.requirePassage(passageId);
        return ids.indexOf(p.articleId()) + ":" + p.text().strip();
    }

    private static String conflicts(Link l) {
        return l.conflicts().isEmpty() ? "" : "  conflict " + l.conflicts().stream()
                .map(d -> d.conflictKind() + " " + d.aWords() + "/" + d.bWords()).collect(Collectors.joining(", "));
    }
}
