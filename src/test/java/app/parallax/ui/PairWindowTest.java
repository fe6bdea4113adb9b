package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.report.PairRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View ▸ Compare Two Outlets… on a three-outlet story compared by the real engine: Alpha says
 * lunch, Beta dinner; each has a sentence of its own; Gamma says in one sentence what the others
 * say in two.
 */
class PairWindowTest extends StoryWindowTest {

    private static final String BRIDGE = "The harbor bridge in Portland closed on Monday after inspectors found cracks in two steel beams.";
    private static final String LUNCH = "Mayor Elena Ruiz met the state engineers for lunch to discuss the repairs.";
    private static final String CARS = "About 40,000 cars cross the bridge every day, according to the city.";
    private static final String VOTE = "The council will vote on emergency funding next week.";
    private static final String FERRIES = "Ferries will run every twenty minutes while the bridge is shut.";

    @Override
    Path writeStory(Path temp) throws Exception {
        Path story = Files.createDirectories(temp.resolve("bridge"));
        Files.writeString(story.resolve("alpha.txt"), String.join(" ", BRIDGE, LUNCH, CARS, VOTE) + "\n");
        Files.writeString(story.resolve("beta.txt"), String.join(" ", LUNCH.replace("lunch", "dinner"), FERRIES,
                BRIDGE, CARS.replace("cars", "vehicles")) + "\n");
        Files.writeString(story.resolve("gamma.txt"), "The harbor bridge in Portland closed on Monday, and Mayor Elena "
                + "Ruiz met the state engineers for lunch to discuss the repairs. About 40,000 cars cross the bridge every day.\n");
        Files.writeString(story.resolve("story.json"), """
                { "title": "Bridge", "articles": {
                  "alpha.txt": { "outlet": "Alpha Daily" },
                  "beta.txt": { "outlet": "Beta News" },
                  "gamma.txt": { "outlet": "Gamma Post" } } }
                """);
        return story;
    }

    @BeforeEach
    void compared() throws Exception {
        until(() -> vm.result().articles().size() == 3 && !vm.result().passages().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openPair() throws Exception {
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        until(() -> lookup("#pair-view").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<PairRow> rows() {
        return lookup("#pair-rows").queryListView();
    }

    private List<String> texts(String styleClass) {
        return lookup("#pair-rows .pair-text." + styleClass).queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    private String summary() {
        return lookup("#pair-summary").queryAs(Label.class).getText();
    }

    @Test
    void thePairViewStandsInForTheColumnsWithTheFirstTwoOutlets() throws Exception {
        openPair();

        assertThat(lookup("#columns").tryQuery()).isEmpty();
        assertThat(lookup("#pair-left").queryComboBox().getValue()).isEqualTo("alpha");
        assertThat(lookup("#pair-right").queryComboBox().getValue()).isEqualTo("beta");
        assertThat(summary()).isEqualTo("3 linked, 1 differ, 1 only in Alpha Daily, 1 only in Beta News");
        assertThat(rows().getItems()).hasSize(5);
        assertThat(texts("pair-disputed")).containsExactly("lunch", "dinner");
        assertThat(texts("pair-changed")).containsExactly("cars", "vehicles");
        assertThat(lookup("#pair-rows .pair-only-in").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText)).containsExactly("Only in Beta News", "Only in Alpha Daily");
        assertThat(lookup("#pair-rows .pair-dispute-line").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText)).containsExactly("Disputed meal: ‘lunch’ / ‘dinner’");
    }

    @Test
    void f8StepsThroughDifferingRowsOfThePairNotTheColumns() throws Exception {
        openPair();

        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows().getSelectionModel().getSelectedItem().differs()).isTrue();
        assertThat(lookup("#pair-position").queryAs(Label.class).getText())
                .isEqualTo("Difference 1 of 1: meal: ‘lunch’ / ‘dinner’");
        assertThat(vm.selectedClaimProperty().get()).isNull();
    }

    @Test
    void theClaimSelectedInTheColumnsIsTheRowThePairViewOpensAt() throws Exception {
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();

        openPair();

        assertThat(rows().getSelectionModel().getSelectedItem().disputes()).isNotEmpty();
        assertThat(lookup("#pair-position").queryAs(Label.class).getText()).startsWith("Difference 1 of 1");
    }

    @Test
    void choosingAnotherOutletOrSwappingUpdatesTheRowsAndAComparisonAgainKeepsThem() throws Exception {
        openPair();

        clickOn("#pair-right");
        clickOn("Gamma Post");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(summary()).isEqualTo("2 linked, 0 differ, 1 only in Alpha Daily, 0 only in Gamma Post");
        assertThat(texts("pair-removed")).containsExactly("after inspectors found cracks in two steel beams",
                "according to the city");
        assertThat(texts("pair-added")).containsExactly("and");
        clickOn("#pair-swap");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary()).isEqualTo("2 linked, 0 differ, 0 only in Gamma Post, 1 only in Alpha Daily");
        assertThat(texts("pair-added")).containsExactly("after inspectors found cracks in two steel beams",
                "according to the city");
        assertThat(texts("pair-removed")).containsExactly("and");

        var before = vm.result();
        push(KeyCode.F5);
        until(() -> vm.result() != before);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> left = lookup("#pair-left").queryComboBox();
        assertThat(left.getValue()).isEqualTo("gamma");
        assertThat(lookup("#pair-right").queryComboBox().getValue()).isEqualTo("alpha");
        assertThat(summary()).isEqualTo("2 linked, 0 differ, 0 only in Gamma Post, 1 only in Alpha Daily");
    }

    @Test
    void allColumnsBringsTheColumnsBackAtTheRowTheUserWasOn() throws Exception {
        openPair();
        clickOn(lookup("#pair-rows .pair-text.pair-disputed").match(n -> ((Text) n).getText().equals("dinner"))
                .queryAs(Text.class));
        PairRow row = rows().getSelectionModel().getSelectedItem();

        clickOn("#pair-back");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#pair-view").tryQuery()).isEmpty();
        assertThat(lookup("#columns").query().isVisible()).isTrue();
        assertThat(lookup("#body-alpha").tryQuery()).isPresent();
        assertThat(vm.selectedClaimProperty().get().passageIds()).contains(row.left().passageIds().get(0));
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText())
                .startsWith("Discrepancy 1 of 1");
    }

    @Test
    void aDoubleClickedRowOpensTheColumnsThere() throws Exception {
        openPair();
        Node onlyInAlpha = lookup("#pair-rows .pair-text").match(n -> ((Text) n).getText().equals(VOTE)).query();

        doubleClickOn(onlyInAlpha);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#pair-view").tryQuery()).isEmpty();
        assertThat(vm.selectedClaimProperty().get().passageIds()).containsExactly("alpha#3");
    }

    @Test
    void findSearchesTheTwoOutletsOfThePairAndGoesToTheRowOfTheMatch() throws Exception {
        openPair();
        find("Portland", "1 of 2");
        find("Ferries", "1 of 1");

        until(() -> rows().getSelectionModel().getSelectedItem() != null
                && rows().getSelectionModel().getSelectedItem().right().text().equals(FERRIES));
        assertThat(lookup("#pair-view").query().isVisible()).isTrue();
    }

    @Test
    void backInTheColumnsFindSearchesEveryColumnAgain() throws Exception {
        openPair();
        find("Portland", "1 of 2");

        interact(() -> view.pair().showColumns());

        until(() -> findCount().equals("1 of 3"));
    }

    /** Types a query into the find bar (opening it first) and waits for the match count. */
    private void find(String query, String count) throws Exception {
        if (!lookup("#find-bar").tryQuery().map(Node::isVisible).orElse(false)) {
            push(KeyCode.SHORTCUT, KeyCode.F);
            WaitForAsyncUtils.waitForFxEvents();
        }
        interact(() -> lookup("#find-field").queryAs(javafx.scene.control.TextField.class).setText(query));
        until(() -> findCount().equals(count));
    }

    private String findCount() {
        return lookup("#find-count").queryAs(Label.class).getText();
    }

    @Test
    void zoomScalesTheRowText() throws Exception {
        openPair();
        double before = lookup("#pair-rows .pair-text").queryAs(Text.class).getFont().getSize();

        push(KeyCode.SHORTCUT, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup("#pair-rows .pair-text").queryAs(Text.class).getFont().getSize()).isGreaterThan(before * 1.05);
    }
}
