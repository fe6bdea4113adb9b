package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.report.PairRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pair view's jump to a difference far down a long pair of articles whose rows differ much in
 * height (long paragraphs of one outlet, one-line "only in" rows of the other): the row the user
 * jumped to must be in view, whole.
 */
class PairScrollTest extends StoryWindowTest {

    private static final String LUNCH = "Mayor Elena Ruiz met the state engineers for lunch to discuss the repairs.";

    @Override
    Path writeStory(Path temp) throws Exception {
        Path story = Files.createDirectories(temp.resolve("harbor"));
        List<String> alpha = new ArrayList<>();
        List<String> beta = new ArrayList<>();
        String[] places = {"Lisbon", "Oslo", "Quito", "Hanoi", "Dakar", "Perth", "Tulsa", "Cusco", "Turku", "Split",
            "Leeds", "Basra", "Nara", "Riga", "Ghent", "Bern", "Lyon", "Suva", "Male", "Baku"};
        for (int i = 0; i < places.length; i++) {
            alpha.add("The ferry operator in " + places[i] + " described at length how its crews trained for winter storms, "
                    + "how the harbor pilots of " + places[i] + " shared their charts with visiting captains, and why the "
                    + "old timber piers of " + places[i] + " had outlasted three generations of concrete replacements.");
            beta.add("A bakery in " + places[i] + " sold out of rye bread by noon.");
        }
        alpha.add(LUNCH);
        beta.add(LUNCH.replace("lunch", "dinner"));
        Files.writeString(story.resolve("alpha.txt"), String.join("\n\n", alpha) + "\n");
        Files.writeString(story.resolve("beta.txt"), String.join("\n\n", beta) + "\n");
        Files.writeString(story.resolve("story.json"), """
                { "title": "Harbor", "articles": {
                  "alpha.txt": { "outlet": "Alpha Daily" },
                  "beta.txt": { "outlet": "Beta News" } } }
                """);
        return story;
    }

    @BeforeEach
    void compared() throws Exception {
        until(() -> vm.result().articles().size() == 2 && !vm.result().passages().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRowF8JumpsToIsWhollyInView() throws Exception {
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        until(() -> lookup("#pair-view").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        push(KeyCode.F8);
        until(() -> onFx(() -> rows().getSelectionModel().getSelectedIndex() >= 0));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> rows().getSelectionModel().getSelectedItem().differs())).isTrue();
        assertThat(onFx(() -> rows().getSelectionModel().getSelectedIndex())).as("the difference is far down").isGreaterThan(10);
        assertThat(onFx(this::selectedRowWhollyInView)).as("the selected row lies inside the list's viewport").isTrue();
    }

    private ListView<PairRow> rows() {
        return lookup("#pair-rows").queryListView();
    }

    private boolean selectedRowWhollyInView() {
        ListView<PairRow> list = rows();
        int selected = list.getSelectionModel().getSelectedIndex();
        Node flow = list.lookup(".virtual-flow");
        Bounds view = flow.localToScene(flow.getLayoutBounds());
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof IndexedCell<?> cell && cell.getIndex() == selected && cell.isVisible() && !cell.isEmpty()) {
                Bounds b = cell.localToScene(cell.getLayoutBounds());
                return b.getMinY() >= view.getMinY() - 1 && b.getMaxY() <= view.getMaxY() + 1;
            }
        }
        return false;
    }
}
