package app.parallax.ui;

import app.parallax.ui.settings.Settings;
import app.parallax.ui.settings.SettingsStore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application as launched: it opens the example story and remembers theme, zoom and
 * window size in {@code ~/.parallax} (surefire points {@code user.home} at {@code target/test-home}).
 */
class ReaderAppTest extends FxRobot {

    private final Path settingsDir = Path.of(System.getProperty("user.home"), ".parallax");
    private final SettingsStore store = new SettingsStore(settingsDir);

    @BeforeEach
    void smallWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        store.save(Settings.defaults().withSize(1100, 700));
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        Files.deleteIfExists(settingsDir.resolve("settings.json"));
    }

    @Test
    void opensTheExampleStoryAndRemembersThemeAndZoomForTheNextRun() throws Exception {
        Application app = FxToolkit.setupApplication(ReaderApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(".article-column").queryAll().size() == 5);
        assertThat(lookup("#column-nytimes").tryQuery()).isPresent();
        clickOn("View").clickOn("#menu-theme-dark");
        clickOn("View").clickOn("#menu-zoom-in");
        FxToolkit.cleanupApplication(app);

        Settings saved = store.load();
        assertThat(saved.theme()).isEqualTo("dark");
        assertThat(saved.zoom()).isGreaterThan(1);
        assertThat(saved.width()).isEqualTo(1100);

        Application again = FxToolkit.setupApplication(ReaderApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> windows = listTargetWindows();
        assertThat(windows).anySatisfy(w -> assertThat(w.getScene().getStylesheets())
                .anyMatch(s -> s.endsWith("palette-dark.css")));
        FxToolkit.cleanupApplication(again);
    }
}
