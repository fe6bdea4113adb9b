package app.parallax.ui;

import app.parallax.ui.tasks.Background;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.shell.ReaderView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader's main window on a story folder the test writes, opened as a user would: the
 * set-up TestFX window tests share (threads, view model, view, scene), so each test states only
 * its story, its engine and what it checks.
 */
abstract class StoryWindowTest extends ReaderFxTest {

    @TempDir
    Path temp;

    Path story;
    Background compute;
    Background io;
    ReaderViewModel vm;
    ReaderView view;

    /** Writes the story's files under {@code temp} and returns its folder. */
    abstract Path writeStory(Path temp) throws Exception;

    /** The engine the window compares with; the words-only one unless a test needs the full one. */
    ComparisonEngine engine() {
        return ComparisonEngine.fast();
    }

    /** Headless Monocle's screen is 1280×800: a bigger window overflows its frame buffer. */
    double[] windowSize() {
        return new double[] {1240, 760};
    }

    @Override
    public void start(Stage stage) throws Exception {
        story = writeStory(temp);
        String name = getClass().getSimpleName();
        compute = Background.named(name + "-compare");
        io = Background.named(name + "-io");
        vm = new ReaderViewModel(compute, io, engine());
        view = new ReaderView(vm, Settings.defaults());
        stage.setScene(view.createScene(windowSize()[0], windowSize()[1]));
        stage.show();
        vm.open(List.of(story));
    }

    @AfterEach
    void stopThreads() {
        if (compute != null) {
            compute.close();
            io.close();
        }
    }

    /** View ▸ Synchronise Scrolling, the menu item (on by default). */
    CheckMenuItem syncScrollingItem() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-sync-scroll".equals(i.getId())).map(CheckMenuItem.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no View ▸ Synchronise Scrolling"));
    }

    /** Switches synchronised scrolling, as the View menu does. */
    void setSyncScrolling(boolean on) {
        CheckMenuItem item = syncScrollingItem();
        interact(() -> item.setSelected(on));
    }

    /**
     * Waits until no re-levelling of the columns (after the story opened and the overview took its
     * height, a filter change, zoom or resize) is under way: a scroll made meanwhile is overruled.
     */
    void untilColumnsSettled() throws Exception {
        until(() -> WaitForAsyncUtils.asyncFx(view::columnsSettled).get());
    }

    static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    /** Copies the regular, non-hidden files of {@code from} into a new folder {@code to}. */
    static Path copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                Files.copy(f, to.resolve(f.getFileName().toString()));
            }
        }
        return to;
    }
}
