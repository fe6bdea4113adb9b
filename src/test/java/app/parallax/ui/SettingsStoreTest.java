package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() throws IOException {
        Settings s = Settings.defaults().withSize(1234, 777).withTheme("dark").withZoom(1.3)
                .withLastStory(List.of("/some/story"));
        new SettingsStore(dir).save(s);
        assertThat(new SettingsStore(dir).load()).isEqualTo(s);
    }

    @Test
    void unreadableSettingsGiveDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "not json");
        assertThat(new SettingsStore(dir).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void zoomIsKeptWithinLimits() {
        assertThat(Settings.defaults().withZoom(50).zoom()).isEqualTo(Settings.MAX_ZOOM);
        assertThat(Settings.defaults().withZoom(0.01).zoom()).isEqualTo(Settings.MIN_ZOOM);
    }
}
