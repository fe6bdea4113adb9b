package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.shell.ReaderView;
import app.parallax.ui.tasks.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pasted articles are not lost: in a writable story folder they are kept there at once (text and
 * story.json entry) and come back when the story is opened again; in the example story (or a story
 * of links, or a folder that cannot be written), quitting asks first.
 */
class PastedArticleKeptTest extends ReaderFxTest {

    static final String WIRE = "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit. "
            + "He and Vladimir Putin held talks over lunch in the Kremlin, the Test Wire reported.";

    @TempDir
    Path temp;

    private Background compute;
    private Background io;
    private ReaderViewModel vm;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        compute = Background.named("kept-compare");
        io = Background.named("kept-io");
        vm = new ReaderViewModel(compute, io, ComparisonEngine.fast());
        stage.setScene(new ReaderView(vm, Settings.defaults()).createScene(1100, 700));
        stage.show();
    }

    @AfterEach
    void stopThreads() {
        compute.close();
        io.close();
    }

    @Test
    void anArticlePastedIntoAStoryFolderIsThereWhenTheStoryIsOpenedAgain() throws Exception {
        Path story = copyOfBundledStory();
        interact(() -> vm.open(List.of(story)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.result().articles().size() == 5);
        interact(() -> vm.paste(WIRE, "Test Wire"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.readString(story.resolve("story.json")).contains("Test Wire"));
        assertThat(story.resolve("pasted-1.txt")).hasContent(WIRE);
        assertThat(vm.unsavedArticles()).isEmpty();

        // a restart: a new reader opens the same folder
        try (Background compute2 = Background.named("kept-compare-2"); Background io2 = Background.named("kept-io-2")) {
            ReaderViewModel again = new ReaderViewModel(compute2, io2, ComparisonEngine.fast());
            interact(() -> again.open(List.of(story)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> again.result().articles().size() == 6);
            Article kept = again.articles().stream().filter(a -> a.outlet().equals("Test Wire")).findFirst().orElseThrow();
            assertThat(kept.text()).contains("Test Wire reported");
        }
    }

    @Test
    void quittingWithAPastedArticleKeptNowhereAsksFirst() throws Exception {
        // the bundled example: the app's own files are never written to
        interact(() -> vm.openExample());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.result().articles().size() == 5);
        interact(() -> vm.paste(WIRE, "Test Wire"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.unsavedArticles().size() == 1);

        Window window = stage;
        // File ▸ Quit does this; not waited for, as the question waits for an answer
        javafx.application.Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsaved-dialog").tryQuery().isPresent());
        assertThat(lookup("#unsaved-dialog .header-panel .label").queryLabeled().getText()).contains("Test Wire");
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("Cancel keeps the window and the article").isTrue();
        assertThat(vm.articles()).anyMatch(a -> a.outlet().equals("Test Wire"));
    }

    private Path copyOfBundledStory() throws Exception {
        Path story = Files.createDirectories(temp.resolve("story"));
        try (Stream<Path> files = Files.list(Path.of("corpus", "xi-moscow-2023"))) {
            for (Path f : files.toList()) {
                Files.copy(f, story.resolve(f.getFileName()));
            }
        }
        return story;
    }
}
