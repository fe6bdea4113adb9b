package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.TokenVectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Token vectors through the embedder the comparison uses: a warm cache gives the model's vectors
 * without loading the model, one forward pass serves both kinds of vector, a damaged record is
 * computed again, and a run that asks only for sentence vectors writes no token vectors.
 */
class CachedTokenVectorsTest {

    private static final List<String> TEXTS = List.of("Brooke served in the Senate from 1967 to 1979.",
            "He held the Senate seat from 1966 to 1978.");

    @TempDir
    Path cacheRoot;

    @Test
    void aWarmCacheGivesTheModelsVectorsWithoutLoadingTheModel() {
        List<TokenVectors> fromModel = embedder(SharedModel.MODEL).embedTokens(TEXTS);

        OnnxSentenceModel neverLoaded = new OnnxSentenceModel();
        CachedEmbedder warm = embedder(neverLoaded);
        List<TokenVectors> fromCache = warm.embedTokens(TEXTS);
        warm.embed(TEXTS);

        assertThat(neverLoaded.loadStarted()).as("the model was loaded").isFalse();
        for (int t = 0; t < TEXTS.size(); t++) {
            assertSameVectors(fromCache.get(t), fromModel.get(t));
        }
        int served = BgeEncoderTest.pieceSpans(TEXTS.get(0), fromCache.get(0)).indexOf("served");
        assertThat(BgeEncoderTest.cosine(fromCache.get(0).vectors()[served], fromModel.get(0).vectors()[served]))
                .isGreaterThan(0.999);
    }

    @Test
    void sentenceVectorsThenTokenVectorsCostOneForwardPass() throws IOException {
        CachedEmbedder e = embedder(SharedModel.MODEL);
        long before = SharedModel.MODEL.textsRun();

        e.embed(TEXTS);
        assertThat(tokenFiles()).as("a run asking only for sentence vectors writes no token vectors").isEmpty();
        List<TokenVectors> tokens = e.embedTokens(TEXTS);

        assertThat(SharedModel.MODEL.textsRun() - before).isEqualTo(TEXTS.size());
        assertThat(tokenFiles()).hasSize(TEXTS.size());
        for (int t = 0; t < TEXTS.size(); t++) {
            assertSameVectors(tokens.get(t), SharedModel.MODEL.embedTokens(List.of(TEXTS.get(t))).get(0));
        }
    }

    @Test
    void heldVectorsLastOnlyUntilTheNextCallForSentenceVectors() throws IOException {
        CachedEmbedder e = embedder(SharedModel.MODEL);
        e.embed(TEXTS.subList(0, 1));
        e.embed(TEXTS.subList(1, 2));
        long before = SharedModel.MODEL.textsRun();

        e.embedTokens(TEXTS);

        assertThat(SharedModel.MODEL.textsRun() - before).as("the first text's held vectors were forgotten").isEqualTo(1);
        assertThat(tokenFiles()).hasSize(2);
    }

    @Test
    void tokenVectorsFirstAlsoStoreTheSentenceVectors() {
        embedder(SharedModel.MODEL).embedTokens(TEXTS);

        OnnxSentenceModel neverLoaded = new OnnxSentenceModel();
        List<float[]> sentences = embedder(neverLoaded).embed(TEXTS);

        assertThat(neverLoaded.loadStarted()).isFalse();
        assertThat(sentences.get(0)).containsExactly(SharedModel.MODEL.embed(TEXTS.subList(0, 1)).get(0));
    }

    @Test
    void aDamagedRecordIsComputedAgain() throws IOException {
        embedder(SharedModel.MODEL).embedTokens(TEXTS);
        for (Path f : tokenFiles()) {
            byte[] bytes = Files.readAllBytes(f);
            bytes[bytes.length - 100] ^= 0x01;
            Files.write(f, bytes);
        }
        long before = SharedModel.MODEL.textsRun();

        List<TokenVectors> again = embedder(SharedModel.MODEL).embedTokens(TEXTS);

        assertThat(SharedModel.MODEL.textsRun() - before).isEqualTo(TEXTS.size());
        assertSameVectors(again.get(0), SharedModel.MODEL.embedTokens(TEXTS.subList(0, 1)).get(0));
        OnnxSentenceModel neverLoaded = new OnnxSentenceModel();
        embedder(neverLoaded).embedTokens(TEXTS);
        assertThat(neverLoaded.loadStarted()).as("the recomputed records were stored").isFalse();
    }

    private CachedEmbedder embedder(OnnxSentenceModel model) {
        return new CachedEmbedder(model,
                new EmbeddingCache(cacheRoot.resolve("embeddings"), OnnxSentenceModel.NAME, OnnxSentenceModel.DIMENSION, 1 << 24),
                new TokenVectorCache(cacheRoot.resolve("tokens"), OnnxSentenceModel.NAME, OnnxSentenceModel.DIMENSION,
                        1 << 24, 1 << 24),
                new NeighbourCache(cacheRoot.resolve("neighbours"), 1 << 24));
    }

    private static void assertSameVectors(TokenVectors got, TokenVectors want) {
        assertThat(got.starts()).isEqualTo(want.starts());
        assertThat(got.ends()).isEqualTo(want.ends());
        for (int i = 0; i < want.size(); i++) {
            assertThat(BgeEncoderTest.cosine(got.vectors()[i], want.vectors()[i])).isGreaterThan(0.999);
        }
    }

    private List<Path> tokenFiles() throws IOException {
        Path dir = cacheRoot.resolve("tokens");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.find(dir, 2, (p, a) -> a.isRegularFile() && p.toString().endsWith(".tv"))) {
            return s.toList();
        }
    }
}
