package app.parallax.ui;

import app.parallax.ui.settings.Settings;
import app.parallax.ui.settings.SettingsStore;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes {@code settings.json}: any bytes give settings within their limits (finite, usable
 * window size and zoom), never an exception. Seeds and findings live in
 * {@code src/test/resources/app/parallax/ui/SettingsFuzzTestInputs/}.
 */
class SettingsFuzzTest {

    private static final Path FOLDER = ReaderFilesFuzzTest.temp();

    @FuzzTest(maxDuration = "60s")
    void settingsAreAlwaysWithinLimits(byte[] json) throws IOException {
        try (var files = Files.list(FOLDER)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.write(FOLDER.resolve("settings.json"), json);
        Settings s = new SettingsStore(FOLDER).load();
        assertThat(s.width()).isBetween(Settings.MIN_WIDTH, Settings.MAX_SIZE);
        assertThat(s.height()).isBetween(Settings.MIN_HEIGHT, Settings.MAX_SIZE);
        assertThat(s.zoom()).isBetween(Settings.MIN_ZOOM, Settings.MAX_ZOOM);
        assertThat(s.theme()).isIn("light", "dark");
    }
}
