package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.shell.ReaderView;
import app.parallax.ui.tasks.Background;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The navigator's warm-up before the window shows (as {@code ReaderApp} runs it around its
 * first-frame snapshot): the made-up rows are laid out in that snapshot and gone again before the
 * window shows, nothing is selected, the placeholder is back, and the story's result then lists
 * its own rows, which F8 steps through as before.
 */
class NavigatorWarmUpTest extends TwoGradesStoryWindowTest {

    /** Read on the FX thread in {@link #start}: the list's rows during the snapshot and after it. */
    private final List<String> rowsDuringWarmUp = new ArrayList<>();
    private int cellsDuringWarmUp;
    /** The list's cells during the snapshot: the first result is shown in them. */
    private final java.util.Set<Node> warmUpCells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int rowsAfterWarmUp = -1;
    private boolean placeholderAfterWarmUp;
    private Claim selectedAfterWarmUp;

    /** Visible with all its ancestors (a cell the list keeps aside is invisible, its labels are not). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void start(Stage stage) throws Exception {
        story = writeStory(temp);
        compute = Background.named("NavigatorWarmUpTest-compare");
        io = Background.named("NavigatorWarmUpTest-io");
        vm = new ReaderViewModel(compute, io, engine());
        view = new ReaderView(vm, Settings.defaults());
        Scene scene = view.createScene(windowSize()[0], windowSize()[1]);
        stage.setScene(scene);
        view.withNavigatorWarmUp(() -> {
            scene.snapshot(null);
            ListView<?> list = (ListView<?>) scene.lookup("#navigator");
            list.getItems().forEach(item -> rowsDuringWarmUp.add(String.valueOf(item)));
            cellsDuringWarmUp = list.lookupAll(".navigator-value").size();
            warmUpCells.addAll(list.lookupAll(".navigator-cell"));
        });
        ListView<?> list = (ListView<?>) scene.lookup("#navigator");
        rowsAfterWarmUp = list.getItems().size();
        placeholderAfterWarmUp = list.getPlaceholder() != null && list.getPlaceholder().isVisible();
        selectedAfterWarmUp = vm.selectedClaimProperty().get();
        stage.show();
        vm.open(List.of(story));
    }

    @Test
    void theMadeUpRowsAreLaidOutBeforeTheWindowShowsAndGoneAfterwards() throws Exception {
        assertThat(rowsDuringWarmUp).as("made-up rows listed during the snapshot").hasSize(4);
        assertThat(cellsDuringWarmUp).as("their value lines laid out in the snapshot").isPositive();
        assertThat(rowsAfterWarmUp).as("no row left once the window shows").isZero();
        assertThat(placeholderAfterWarmUp).isTrue();
        assertThat(selectedAfterWarmUp).isNull();
    }

    @Test
    void theStoryThenListsItsOwnRowsAndF8StepsThroughThem() throws Exception {
        until(() -> vm.result().articles().size() == 3 && vm.discrepancies().size() == 2);
        shownInFull(view);
        ListView<Claim> list = lookup("#navigator").queryListView();
        assertThat(list.getItems()).containsExactlyElementsOf(vm.discrepancies());
        assertThat(lookup("#navigator .navigator-grade").queryAllAs(Label.class)).filteredOn(NavigatorWarmUpTest::shown)
                .extracting(Label::getText).containsExactly("Conflict", "Values differ");
        assertThat(lookup("#navigator .navigator-value").queryAllAs(Label.class)).filteredOn(NavigatorWarmUpTest::shown)
                .extracting(Label::getText).isNotEmpty().noneMatch(text -> text.contains("Daily Outlet"));
        assertThat(lookup("#navigator .navigator-cell").queryAllAs(Node.class)).filteredOn(NavigatorWarmUpTest::shown)
                .filteredOn(cell -> !((javafx.scene.control.ListCell<?>) cell).isEmpty())
                .as("the rows are shown in the cells the warm-up made").hasSize(2).allMatch(warmUpCells::contains);
        clickOn("#legend");
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c1");
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c2");
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
    }
}
