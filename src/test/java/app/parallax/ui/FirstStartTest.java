package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A first start (no settings, no cached sentence vectors): the window comes up with its menus and
 * a busy status bar, and the UI thread is free while the story is read and compared, instead of a
 * blank window that fills in seconds later.
 */
class FirstStartTest extends FxRobot {

    private final Path settingsDir = Path.of(System.getProperty("user.home"), ".parallax");
    private String cacheDir;

    @BeforeEach
    void emptyCacheAndNoSettings() throws Exception {
        cacheDir = System.getProperty("parallax.cacheDir");
        System.setProperty("parallax.cacheDir", Files.createTempDirectory("first-start-cache").toString());
        Files.deleteIfExists(settingsDir.resolve("settings.json"));
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        System.setProperty("parallax.cacheDir", cacheDir);
        Files.deleteIfExists(settingsDir.resolve("settings.json"));
    }

    /** What the window showed at one moment. */
    private record Seen(List<String> menus, String status, double progress, String emptyHint) {
    }

    @Test
    void theWindowShowsMenusAndProgressAtOnceAndStaysResponsiveWhileComparing() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        CompletableFuture<Seen> whenShown = new CompletableFuture<>();
        CompletableFuture<Seen> nextTurn = new CompletableFuture<>();
        FxToolkit.setupFixture(() -> stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            whenShown.complete(seen(stage.getScene()));
            Platform.runLater(() -> nextTurn.complete(seen(stage.getScene())));
        }));

        Application app = FxToolkit.setupApplication(ReaderApp.class);
        Seen shown = whenShown.get(30, TimeUnit.SECONDS);
        Seen afterShow = nextTurn.get(30, TimeUnit.SECONDS);
        // The state itself, not a side effect: five columns are built before the full comparison
        // (which may still be refining under load) replaces the words-only one.
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> lookup(".article-column").queryAll().size() == 5
                && idle(lookup("#status-bar").queryAs(StatusBar.class)));
        StatusBar done = lookup("#status-bar").queryAs(StatusBar.class);
        String doneText = done.getText();
        boolean exampleSaid = lookup("#example-hint").tryQuery().map(javafx.scene.Node::isVisible).orElse(false);
        FxToolkit.cleanupApplication(app);

        assertThat(shown.menus()).contains("File", "Edit", "View", "Navigate", "Help");
        assertThat(shown.status()).startsWith("Opening");
        assertThat(shown.progress()).as("indeterminate progress while opening").isEqualTo(-1);
        assertThat(shown.emptyHint()).as("no 'No articles open' while the example opens").doesNotStartWith("No articles");
        assertThat(exampleSaid).as("the example story says what it is and how to open one's own").isTrue();
        assertThat(afterShow.progress()).as("the UI thread runs while the story is still being opened or compared")
                .isNotEqualTo(0);
        assertThat(done.getProgress()).as("idle once compared").isEqualTo(0);
        assertThat(doneText).as("the full comparison's summary, not a step on the way").contains("claims")
                .doesNotContain("Refining", "Comparing");
    }

    /** Done comparing: no progress shown and the status is the final summary. */
    private static boolean idle(StatusBar bar) {
        String text = bar.getText();
        return bar.getProgress() == 0 && text.contains("claims") && !text.contains("Refining");
    }

    private static Seen seen(Scene scene) {
        MenuBar bar = (MenuBar) scene.lookup(".menu-bar");
        StatusBar status = (StatusBar) scene.lookup("#status-bar");
        List<String> menus = bar == null ? List.of()
                : bar.getMenus().stream().map(m -> m.getText().replace("_", "")).toList();
        javafx.scene.control.Label hint = (javafx.scene.control.Label) scene.lookup("#empty-hint");
        return new Seen(menus, status == null ? "" : status.getText(), status == null ? 0 : status.getProgress(),
                hint == null || !hint.isVisible() ? "" : hint.getText());
    }
}
