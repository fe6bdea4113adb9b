package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reader on a hand-made result with both grades (today's engine flags conflicts only): the
 * weekday is a conflict, the number hurt only differs. F8 and the navigator step through both,
 * "Conflicts only" leaves the second out, and each grade has its own style.
 */
class TwoGradesWindowTest extends TwoGradesStoryWindowTest {

    @BeforeEach
    void compared() throws Exception {
        until(() -> vm.result().articles().size() == 3 && vm.discrepancies().size() == 2);
        shownInFull(view);
    }

    @Test
    void f8StepsThroughConflictsAndValuesThatDifferAndSaysWhichGrade() throws Exception {
        clickOn("#legend");
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c1");
        assertThat(status()).startsWith("Discrepancy 1 of 2: weekday: Monday — Alpha, Gamma · Tuesday — Beta").endsWith("(conflict)");
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c2");
        assertThat(status()).startsWith("Discrepancy 2 of 2: number: About 40 — Alpha").endsWith("(values differ)");
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get().id()).as("wraps to the first").isEqualTo("c1");
        press(KeyCode.SHIFT).push(KeyCode.F8).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c2");
    }

    @Test
    void conflictsOnlyLeavesOutValuesThatDifferInTheNavigatorTheMenuAndF8() throws Exception {
        assertThat(countText()).isEqualTo("2 discrepancies (1 conflict, 1 values differ)");
        clickOn("#conflicts-only");
        until(() -> vm.discrepancies().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(countText()).isEqualTo("1 discrepancy (1 conflict, 0 values differ)");
        assertThat(conflictsOnlyItem().isSelected()).as("the Navigate menu shows the same switch").isTrue();
        clickOn("#legend");
        push(KeyCode.F8);
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.selectedClaimProperty().get().id()).isEqualTo("c1");
        interact(() -> conflictsOnlyItem().setSelected(false));
        until(() -> vm.discrepancies().size() == 2);
        assertThat(lookup("#conflicts-only").queryAs(CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void eachGradeHasItsOwnStyleInTheColumnsTheOverviewTheNavigatorAndTheKey() {
        int about = view.column("alpha").orElseThrow().area().getText().indexOf("About 40");
        int monday = view.column("alpha").orElseThrow().area().getText().indexOf("Monday");
        assertThat(styleAt("alpha", about)).contains("verdict-values-differ", "values-differ-words")
                .doesNotContain("verdict-disputed", "conflict-words");
        assertThat(styleAt("alpha", monday)).contains("verdict-disputed", "conflict-words");
        assertThat(matrixCell("c2", "beta").query().getStyleClass()).contains("verdict-values-differ");
        assertThat(matrixCell("c1", "beta").query().getStyleClass()).contains("verdict-disputed");
        assertThat(lookup("#legend .legend-verdict-values-differ").queryAs(Label.class).getText()).isEqualTo("values differ");
        assertThat(lookup("#legend .legend-values-differ-words").tryQuery()).isPresent();
        assertThat(lookup("#navigator .navigator-grade").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Conflict", "Values differ");
        assertThat(status()).contains("1 disputed, 1 values differ");
    }

    private String countText() {
        return lookup("#discrepancy-count").queryAs(Label.class).getText();
    }

    private String status() {
        return lookup("#status-bar").queryAs(StatusBar.class).getText();
    }

    private Collection<String> styleAt(String id, int offset) {
        return view.column(id).orElseThrow().area().getStyleOfChar(offset);
    }

    private CheckMenuItem conflictsOnlyItem() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-conflicts-only".equals(i.getId())).map(CheckMenuItem.class::cast)
                .findFirst().orElseThrow(() -> new AssertionError("no Navigate ▸ Step Through Conflicts Only"));
    }
}
