package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.Stories;
import app.parallax.core.article.Article;
import app.parallax.export.json.JsonExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nearest-neighbour lists through the embedder the comparison uses: the first comparison of a
 * story stores them, a re-comparison reads them and gives the very same result, and a damaged
 * file is refused, deleted and written again from a fresh search.
 */
class CachedNeighboursTest {

    private static final List<Article> STORY = List.of(Stories.article("harbor-a.txt"), Stories.article("harbor-b.txt"),
            Stories.article("unrelated.txt"));

    @TempDir
    Path cacheRoot;

    @Test
    void aReComparisonReadsTheStoredListsAndGivesTheSameResult() throws IOException {
        String cold = json(compare());
        Path file = neighbourFiles().get(0);
        byte[] stored = Files.readAllBytes(file);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));

        String warm = json(compare());

        assertThat(warm).isEqualTo(cold);
        assertThat(neighbourFiles()).containsExactly(file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("read, not written again").isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(stored);
    }

    @Test
    void aDamagedFileIsDeletedAndTheListsAreComputedAgain() throws IOException {
        String cold = json(compare());
        Path file = neighbourFiles().get(0);
        byte[] stored = Files.readAllBytes(file);
        byte[] damaged = stored.clone();
        damaged[damaged.length / 2] ^= 0x20;
        Files.write(file, damaged);

        String again = json(compare());

        assertThat(again).isEqualTo(cold);
        assertThat(Files.readAllBytes(file)).as("written again from a fresh search").isEqualTo(stored);
    }

    private ComparisonResult compare() {
        CachedEmbedder embedder = new CachedEmbedder(SharedModel.MODEL,
                new EmbeddingCache(cacheRoot.resolve("embeddings"), OnnxSentenceModel.NAME, OnnxSentenceModel.DIMENSION, 1 << 24),
                new TokenVectorCache(cacheRoot.resolve("tokens"), OnnxSentenceModel.NAME, OnnxSentenceModel.DIMENSION,
                        1 << 24, 1 << 24),
                new NeighbourCache(cacheRoot.resolve("neighbours"), 1 << 20));
        return Comparison.standard().withEmbedder(embedder).run(STORY, ProgressListener.NONE);
    }

    private static String json(ComparisonResult r) {
        return JsonExport.toTree(r).toString();
    }

    private List<Path> neighbourFiles() throws IOException {
        Path folder = cacheRoot.resolve("neighbours");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".nb")).toList();
        }
    }
}
