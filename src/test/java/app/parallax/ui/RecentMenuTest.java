package app.parallax.ui;

import app.parallax.ui.tasks.Background;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.shell.ReaderView;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open Recent lists the stories opened, newest first, reopens them, and greys out gone ones. */
class RecentMenuTest extends ApplicationTest {

    @TempDir
    Path temp;

    private Background compute;
    private Background io;
    private ReaderViewModel vm;

    @Override
    public void start(Stage stage) {
        compute = Background.named("recent-compare");
        io = Background.named("recent-io");
        vm = new ReaderViewModel(compute, io, ComparisonEngine.fast());
        ReaderView view = new ReaderView(vm, Settings.defaults());
        stage.setScene(view.createScene(1100, 700));
        stage.show();
    }

    @AfterEach
    void stopThreads() {
        push(KeyCode.ESCAPE);
        compute.close();
        io.close();
    }

    @Test
    void storiesOpenedAreListedNewestFirstAndClickingOneReopensIt() throws Exception {
        Path summit = story("summit", "alpha.txt", ReaderUsabilityTest.ALPHA, "beta.txt", ReaderUsabilityTest.BETA);
        Path talks = story("talks", "gamma.txt", ReaderUsabilityTest.GAMMA, "beta.txt", ReaderUsabilityTest.BETA);
        openAndWait(summit, "alpha");
        openAndWait(talks, "gamma");

        clickOn("File").clickOn("#menu-recent");
        assertThat(text("#menu-recent-0")).startsWith("talks — ");
        assertThat(text("#menu-recent-1")).startsWith("summit — ");
        javafx.geometry.Bounds item = shown("#menu-recent-1").localToScreen(shown("#menu-recent-1").getBoundsInLocal());
        moveTo(item.getMinX() + 20, shown("#menu-recent-0").localToScreen(shown("#menu-recent-0").getBoundsInLocal()).getCenterY());
        clickOn(item.getMinX() + 20, item.getCenterY());
        until(() -> vm.articles().stream().anyMatch(a -> a.id().equals("alpha")));
        assertThat(vm.recentStories().get(0)).containsExactly(summit.toString());
    }

    @Test
    void aStoryWhoseFilesAreGoneIsShownDisabled() throws Exception {
        Path summit = story("summit", "alpha.txt", ReaderUsabilityTest.ALPHA, "beta.txt", ReaderUsabilityTest.BETA);
        String gone = temp.resolve("deleted-story").toString();
        interact(() -> vm.setRecentStories(List.of(List.of(gone), List.of(summit.toString()))));
        clickOn("File").clickOn("#menu-recent");
        until(() -> text("#menu-recent-0").endsWith("(missing)"));
        assertThat(looksDisabled(shown("#menu-recent-0"))).isTrue();
        assertThat(looksDisabled(shown("#menu-recent-1"))).isFalse();
    }

    private Path story(String name, String f1, String t1, String f2, String t2) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve(f1), t1);
        Files.writeString(dir.resolve(f2), t2);
        return dir;
    }

    private void openAndWait(Path story, String articleId) throws Exception {
        interact(() -> vm.open(List.of(story)));
        until(() -> vm.articles().stream().anyMatch(a -> a.id().equals(articleId)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String id) {
        Node n = shown(id);
        return n instanceof Labeled l ? l.getText() : n.lookup(".label") instanceof Labeled l2 ? l2.getText() : "";
    }

    /** The menu's node on screen (a menu shown before leaves nodes with the same id behind). */
    private Node shown(String id) {
        return lookup(id).match((Node n) -> n.getScene() != null).query();
    }

    private static boolean looksDisabled(Node n) {
        return n.isDisabled() || n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("disabled"));
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
