package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parallax.ui.shell.ReaderView;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Dragging the strip between two columns widens or narrows the left one; a double-click undoes it. */
class ColumnDividerTest extends StoryWindowTest {

    @Override
    Path writeStory(Path temp) throws Exception {
        return copyTree(Path.of("corpus", "xi-moscow-2023"), temp.resolve("story"));
    }

    /** Three of the five outlets, so that the columns are wider than the minimum to begin with. */
    @BeforeEach
    void threeOutletsShown() throws Exception {
        until(() -> vm.result().articles().size() == 5 && onFx(() -> view.visibleColumns().size()) == 5);
        interact(() -> vm.hiddenArticles().addAll(List.of("ap", "cnn")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(width("nytimes")).isGreaterThan(ReaderView.MIN_COLUMN + 60);
    }

    @Test
    void draggingADividerWidensTheColumnLeftOfIt() {
        double before = width("nytimes");

        drag(divider()).moveBy(80, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(width("nytimes")).isCloseTo(before + 80, within(3.0));
        assertThat(width("usatoday")).isLessThan(before).isGreaterThanOrEqualTo(ReaderView.MIN_COLUMN);
    }

    @Test
    void aColumnIsNeverDraggedNarrowerThanTheMinimum() {
        drag(divider()).moveBy(100, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(width("nytimes")).isGreaterThan(ReaderView.MIN_COLUMN + 50);

        drag(divider()).moveBy(-400, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(width("nytimes")).isGreaterThanOrEqualTo(ReaderView.MIN_COLUMN).isCloseTo(ReaderView.MIN_COLUMN, within(1.0));
    }

    @Test
    void doubleClickingTheDividerGivesTheAutomaticWidthBack() {
        double automatic = width("nytimes");
        drag(divider()).moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(width("nytimes")).isGreaterThan(automatic + 30);

        doubleClickOn(divider());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(width("nytimes")).isCloseTo(automatic, within(1.0));
    }

    @Test
    void aWidenedColumnKeepsItsWidthWhenAnOutletIsHiddenButNotInANewStory() throws Exception {
        drag(divider()).moveBy(70, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double widened = width("nytimes");

        interact(() -> vm.hiddenArticles().add("nbcnews"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(width("nytimes")).isCloseTo(widened, within(1.0));

        interact(() -> vm.open(List.of(story)));
        until(() -> vm.hiddenArticles().isEmpty() && onFx(() -> view.visibleColumns().size()) == 5);
        interact(() -> vm.hiddenArticles().addAll(List.of("ap", "cnn")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(width("nytimes")).isLessThan(widened - 30).isCloseTo(width("usatoday"), within(1.0));
    }

    private Node divider() {
        return lookup("#connectors-nytimes-usatoday").query();
    }

    private double width(String articleId) {
        return ((Region) view.column(articleId).orElseThrow().node()).getWidth();
    }
}
