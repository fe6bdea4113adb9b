package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes the story sidecar parser: any bytes in {@code story.json} give a sidecar or an
 * {@link IngestException} naming the file, never another exception or a hang. Seeds and every
 * finding live in {@code src/test/resources/app/parallax/ingest/ParserFuzzTestInputs/}.
 */
class ParserFuzzTest {

    private static final Path FOLDER = tempFolder();

    @FuzzTest(maxDuration = "60s")
    void sidecarGivesValuesOrANamedProblem(byte[] json) throws Exception {
        Files.write(FOLDER.resolve(StorySidecar.FILE_NAME), json);
        try {
            StorySidecar sidecar = StorySidecar.readFrom(FOLDER);
            sidecar.title();
            List<Path> files = List.of(FOLDER.resolve("a.txt"), FOLDER.resolve("b.txt"));
            assertThat(sidecar.inSidecarOrder(files)).containsExactlyInAnyOrderElementsOf(files);
            sidecar.articleField("a.txt", "outlet").ifPresent(v -> assertThat(v).isNotBlank());
        } catch (IngestException e) {
            assertThat(e.getMessage()).contains(StorySidecar.FILE_NAME);
        }
    }

    private static Path tempFolder() {
        try {
            Path dir = Files.createTempDirectory("parallax-fuzz-sidecar");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
