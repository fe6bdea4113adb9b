package app.parallax.ui.shell;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A strip under the tool bar with one dismissable row per problem (unreadable file, failed save). */
final class ProblemBanner {

    private final VBox box = new VBox();
    private final ObservableList<String> problems;

    ProblemBanner(ObservableList<String> problems) {
        this.problems = problems;
        box.setId("problems");
        box.getStyleClass().add("problem-banner");
        problems.addListener((ListChangeListener<String>) c -> show());
    }

    Node node() {
        return box;
    }

    private void show() {
        box.getChildren().clear();
        for (String message : List.copyOf(problems)) {
            Label text = new Label("⚠ " + message);
            text.getStyleClass().add("problem-message");
            text.setWrapText(true);
            Button dismiss = new Button("Dismiss");
            dismiss.setOnAction(e -> problems.remove(message));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, text, spacer, dismiss);
            row.getStyleClass().add("problem-row");
            box.getChildren().add(row);
        }
    }
}
