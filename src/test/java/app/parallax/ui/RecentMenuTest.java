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
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Open Recent lists the stories opened, newest first, reopens them, and greys out gone ones. */
class RecentMenuTest extends ReaderFxTest {

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
        String summitTitle = openAndWait(summit, "alpha");
        String talksTitle = openAndWait(talks, "gamma");

        clickOn("File").clickOn("#menu-recent");
        assertThat(text("#menu-recent-0")).as("named by the story's title").isEqualTo(talksTitle);
        assertThat(text("#menu-recent-1")).isEqualTo(summitTitle);
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

    /** Opens the story and waits for it; returns its title. */
    private String openAndWait(Path story, String articleId) throws Exception {
        return openAndWait(List.of(story), articleId);
    }

    private String openAndWait(List<Path> paths, String articleId) throws Exception {
        interact(() -> vm.open(paths));
        until(() -> vm.articles().stream().anyMatch(a -> a.id().equals(articleId)));
        WaitForAsyncUtils.waitForFxEvents();
        return vm.storyTitleProperty().get();
    }

    @Test
    void aStoryOpenedByRelativePathsIsRememberedByAbsoluteOnesSoAnotherWorkingFolderFindsIt() throws Exception {
        Path summit = story("relative-summit", "alpha.txt", ReaderUsabilityTest.ALPHA, "beta.txt", ReaderUsabilityTest.BETA);
        Path relative = Path.of("").toAbsolutePath().relativize(summit);
        assertThat(relative.isAbsolute()).isFalse();
        openAndWait(List.of(relative.resolve("alpha.txt"), relative.resolve("beta.txt")), "alpha");

        assertThat(vm.recentStories().get(0)).containsExactly(summit.resolve("alpha.txt").toString(),
                summit.resolve("beta.txt").toString());
        assertThat(vm.openedPaths()).allMatch(p -> Path.of(p).isAbsolute());
        // what a reader started in another folder would check: only absolute paths, so the cwd does not matter
        assertThat(app.parallax.ui.settings.RecentStories.missing(List.copyOf(vm.recentStories()))).isEmpty();
        clickOn("File").clickOn("#menu-recent");
        assertThat(text("#menu-recent-0")).doesNotContain("(missing)");
    }

    @Test
    void unreadableInputsAreLeftOutOfTheRecentEntry() throws Exception {
        Path dir = story("mixed", "alpha.txt", ReaderUsabilityTest.ALPHA, "beta.txt", ReaderUsabilityTest.BETA);
        Files.write(dir.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0, 7});
        openAndWait(List.of(dir.resolve("alpha.txt"), dir.resolve("photo.png"), dir.resolve("empty.txt"),
                dir.resolve("binary.txt"), dir.resolve("beta.txt")), "alpha");

        assertThat(vm.recentStories().get(0)).containsExactly(dir.resolve("alpha.txt").toString(),
                dir.resolve("beta.txt").toString());
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

    /** Checks the condition on the FX thread, which owns the view model's lists. */
    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
