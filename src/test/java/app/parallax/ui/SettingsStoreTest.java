package app.parallax.ui;

import app.parallax.ui.settings.RecentStories;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.settings.SettingsSaver;
import app.parallax.ui.settings.SettingsStore;

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
    void recentStoriesSurviveARestartNewestFirstAtMostFive() throws IOException {
        List<List<String>> recent = List.of();
        for (int i = 1; i <= 7; i++) {
            recent = RecentStories.add(recent, List.of("/story/" + i));
        }
        recent = RecentStories.add(recent, List.of("/story/5"));
        new SettingsStore(dir).save(Settings.defaults().withRecentStories(recent));
        assertThat(new SettingsStore(dir).load().recentStories()).containsExactly(
                List.of("/story/5"), List.of("/story/7"), List.of("/story/6"), List.of("/story/4"), List.of("/story/3"));
    }

    @Test
    void synchronisedScrollingIsRememberedAndOnWhenTheFileDoesNotSay() throws IOException {
        assertThat(Settings.defaults().syncScrolling()).isTrue();
        new SettingsStore(dir).save(Settings.defaults().withSyncScrolling(false));
        assertThat(new SettingsStore(dir).load().syncScrolling()).isFalse();
        Files.writeString(dir.resolve("settings.json"), "{\"width\": 1000, \"height\": 700, \"zoom\": 1.2}");
        assertThat(new SettingsStore(dir).load().syncScrolling()).isTrue();
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

    @Test
    void absurdValuesAreClampedTheFileKeptAsideOnceAndTheUserTold() throws IOException {
        Path file = Files.writeString(dir.resolve("settings.json"),
                "{\"width\": \"Infinity\", \"height\": 1e9, \"theme\": \"dark\", \"zoom\": \"NaN\", \"lastStory\": []}");
        SettingsStore store = new SettingsStore(dir);

        SettingsStore.Loaded loaded = store.loadChecked();

        assertThat(loaded.settings().width()).isEqualTo(Settings.MAX_SIZE);
        assertThat(loaded.settings().height()).isEqualTo(Settings.MAX_SIZE);
        assertThat(loaded.settings().zoom()).isEqualTo(1);
        assertThat(loaded.settings().theme()).isEqualTo("dark");
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains(file.toString())
                .contains("zoom NaN").contains(SettingsStore.DAMAGED));
        assertThat(dir.resolve(SettingsStore.DAMAGED)).hasSameTextualContentAs(file);

        Files.writeString(file, "{\"zoom\": -5, \"width\": \"wide\"}");
        assertThat(store.loadChecked().problem()).hasValueSatisfying(p -> assertThat(p).contains("earlier damaged copy"));
        assertThat(Files.readString(dir.resolve(SettingsStore.DAMAGED))).contains("Infinity");
    }

    @Test
    void damagedFileGivesDefaultsAndSaysSo() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"width\": 12");
        SettingsStore.Loaded loaded = new SettingsStore(dir).loadChecked();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains("cannot be read"));
    }

    @Test
    void goodSettingsGiveNoProblem() throws IOException {
        new SettingsStore(dir).save(Settings.defaults().withZoom(1.5));
        assertThat(new SettingsStore(dir).loadChecked().problem()).isEmpty();
        assertThat(dir.resolve(SettingsStore.DAMAGED)).doesNotExist();
    }

    @Test
    void changesAreSavedSoonAfterwardsOnceForABurst() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        try (SettingsSaver saver = new SettingsSaver(store, Settings.defaults(), 50)) {
            for (int w = 500; w < 600; w += 10) {
                saver.changed(Settings.defaults().withSize(w, 700));
            }
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (store.load().width() != 590 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(store.load().width()).isEqualTo(590);
            assertThat(store.load().height()).isEqualTo(700);
        }
    }

    @Test
    void changesAfterTheReaderClosedAreIgnored() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        SettingsSaver saver = new SettingsSaver(store, Settings.defaults(), 10);
        saver.saveNowAndClose(Settings.defaults().withZoom(2));
        saver.changed(Settings.defaults().withZoom(0.7));
        assertThat(store.load().zoom()).isEqualTo(2);
    }

    @Test
    void aSettingsFileThatIsASymlinkIsNotReadNorWrittenThroughAndTheReaderSaysSo() throws IOException {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.json"), "{\"zoom\": 1.5}");
        Path folder = Files.createDirectories(dir.resolve("home"));
        Files.createSymbolicLink(folder.resolve("settings.json"), elsewhere);
        SettingsStore store = new SettingsStore(folder);

        SettingsStore.Loaded loaded = store.loadChecked();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.problem()).hasValue("Settings file " + folder.resolve("settings.json")
                + ": it is a symbolic link to " + elsewhere + "; not read, and not written through; the defaults are used.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.save(Settings.defaults()))
                .isInstanceOf(IOException.class).hasMessageContaining("symbolic link");
        assertThat(Files.readString(elsewhere)).isEqualTo("{\"zoom\": 1.5}");
    }
}
