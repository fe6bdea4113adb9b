package app.parallax.ui;

import app.parallax.ui.notes.NotesStore;
import app.parallax.ui.settings.Settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the reader's own files: any bytes in {@code .parallax-notes.json} give notes and perhaps
 * a problem, never an exception. Settings are fuzzed by {@link SettingsFuzzTest}. Seeds and findings
 * live in {@code src/test/resources/app/parallax/ui/ReaderFilesFuzzTestInputs/}.
 */
class ReaderFilesFuzzTest {

    private static final Path FOLDER = temp();

    @FuzzTest(maxDuration = "60s")
    void notesLoadOrReportTheProblem(byte[] json) throws IOException {
        clean();
        Files.write(FOLDER.resolve(NotesStore.FILE_NAME), json);
        NotesStore.Loaded loaded = new NotesStore(FOLDER).load();
        assertThat(loaded.notes()).allSatisfy(n -> assertThat(n.range().end()).isGreaterThanOrEqualTo(n.range().start()));
    }

    static void clean() throws IOException {
        try (var files = Files.list(FOLDER)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    static Path temp() {
        try {
            return Files.createTempDirectory("parallax-fuzz-reader");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
