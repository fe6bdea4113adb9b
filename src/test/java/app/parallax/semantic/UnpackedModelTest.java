package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model loaded from its unpacked files gives the very vectors of LangChain4j's model in its jar. */
class UnpackedModelTest {

    private static final List<TextSegment> TEXTS = List.of(TextSegment.from("The ferry left the harbour at dawn."),
            TextSegment.from("Dock workers voted to accept the new pay offer on Wednesday night."));

    @Test
    void unpacksOnceAndGivesTheJarModelsVectors(@TempDir Path folder) throws Exception {
        BgeEncoder unpacked = UnpackedModel.load(folder);
        List<float[]> expected = jarVectors();

        assertThat(vectors(unpacked)).zipSatisfy(expected, (got, want) -> assertThat(got).containsExactly(want,
                org.assertj.core.data.Offset.offset(1e-5f)));
        try (var files = Files.walk(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains(UnpackedModel.MODEL_FILE, UnpackedModel.TOKENIZER_FILE).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aDamagedUnpackedModelIsReplacedAndNeverFatal(@TempDir Path folder) throws Exception {
        UnpackedModel.load(folder);
        Path model;
        try (var files = Files.walk(folder)) {
            model = files.filter(p -> p.getFileName().toString().equals(UnpackedModel.MODEL_FILE)).findFirst().orElseThrow();
        }
        Files.write(model, new byte[] {1, 2, 3});

        BgeEncoder again = UnpackedModel.load(folder);

        assertThat(vectors(again)).zipSatisfy(jarVectors(),
                (got, want) -> assertThat(got).containsExactly(want, org.assertj.core.data.Offset.offset(1e-5f)));
        assertThat(UnpackedModel.load(folder)).isNotNull();
        assertThat(Files.size(model)).as("re-unpacked after the damaged copy failed to load").isGreaterThan(1_000_000);
    }

    private static List<float[]> jarVectors() {
        return new BgeSmallEnV15QuantizedEmbeddingModel().embedAll(TEXTS).content().stream().map(e -> e.vector()).toList();
    }

    private static List<float[]> vectors(BgeEncoder m) throws Exception {
        List<float[]> out = new java.util.ArrayList<>();
        for (TextSegment t : TEXTS) {
            out.add(m.encode(t.text(), false).sentence());
        }
        return out;
    }
}
