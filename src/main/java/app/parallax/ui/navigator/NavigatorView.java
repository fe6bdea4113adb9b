package app.parallax.ui.navigator;

import app.parallax.ui.model.ReaderViewModel;

import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import app.parallax.ui.columns.VerdictStyle;
import app.parallax.report.StoryReport;
import app.parallax.report.Words;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The discrepancy navigator: every flagged claim, conflicts and values that differ, each row naming
 * its grade, with its competing values and outlets. Selecting a row brings all its passages into
 * view; Previous/Next step through them; "Conflicts only" leaves out the values that merely differ.
 */
public final class NavigatorView {

    private final ReaderViewModel vm;
    private final ListView<Claim> list = new ListView<>();
    private final VBox root;
    private boolean syncing;

    public NavigatorView(ReaderViewModel vm) {
        this.vm = vm;
        list.setId("navigator");
        list.setItems(vm.discrepancies());
        list.setCellFactory(v -> new ClaimCell(vm::report));
        list.setPlaceholder(new Label("No disputed claims and no values that differ"));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.focusClaim(now);
            }
        });
        vm.selectedClaimProperty().addListener((o, was, now) -> select(now));
        Button prev = new Button("◀ Previous");
        prev.setId("prev-discrepancy");
        prev.setTooltip(new Tooltip("Previous discrepancy (Shift+F8)"));
        prev.setOnAction(e -> vm.previousDiscrepancy());
        Button next = new Button("Next ▶");
        next.setId("next-discrepancy");
        next.setTooltip(new Tooltip("Next discrepancy (F8)"));
        next.setOnAction(e -> vm.nextDiscrepancy());
        Label count = new Label();
        count.getStyleClass().add("panel-title");
        count.setId("discrepancy-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::countText, vm.discrepancies()));
        CheckBox conflictsOnly = new CheckBox("Conflicts only");
        conflictsOnly.setId("conflicts-only");
        conflictsOnly.setTooltip(new Tooltip("Step through conflicts only, leaving out values that merely differ"));
        conflictsOnly.selectedProperty().bindBidirectional(vm.conflictsOnlyProperty());
        prev.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.discrepancies()));
        next.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.discrepancies()));
        HBox buttons = new HBox(6, prev, next);
        root = new VBox(6, count, conflictsOnly, list, buttons);
        root.getStyleClass().add("side-panel");
    }

    public Node node() {
        return root;
    }

    /** "2 discrepancies (1 conflict, 1 values differ)". */
    private String countText() {
        long conflicts = vm.discrepancies().stream().filter(c -> c.verdict() == Verdict.DISPUTED).count();
        return Words.count(vm.discrepancies().size(), "discrepancy", "discrepancies") + " ("
                + StoryReport.gradeCounts((int) conflicts, (int) (vm.discrepancies().size() - conflicts)) + ")";
    }

    private void select(Claim claim) {
        syncing = true;
        try {
            if (claim == null || !list.getItems().contains(claim)) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(claim);
                list.scrollTo(claim);
            }
        } finally {
            syncing = false;
        }
    }

    /** The grade in its colour and the kind of fact in bold, then one line per competing value. */
    private static final class ClaimCell extends ListCell<Claim> {
        private final Supplier<StoryReport> report;

        ClaimCell(Supplier<StoryReport> report) {
            this.report = report;
            getStyleClass().add("navigator-cell");
        }

        @Override
        protected void updateItem(Claim claim, boolean empty) {
            super.updateItem(claim, empty);
            if (empty || claim == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            StoryReport r = report.get();
            Grade grade = r.gradeOf(claim).orElse(Grade.CONFLICT);
            Label gradeLabel = new Label(StoryReport.gradeTitle(grade));
            gradeLabel.getStyleClass().addAll("navigator-grade", "legend-" + VerdictStyle.wordsClass(grade));
            Label kind = new Label(r.kind(claim).isEmpty() ? "Disputed" : Words.capitalise(r.kind(claim)));
            kind.getStyleClass().add("navigator-kind");
            HBox head = new HBox(6, gradeLabel, kind);
            head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            VBox box = new VBox(2, head);
            for (ClaimValue v : r.values(claim)) {
                Label value = new Label("“" + v.value() + "” — " + String.join(", ", r.outlets(v.articleIds())));
                value.getStyleClass().add("navigator-value");
                value.setWrapText(true);
                box.getChildren().add(value);
            }
            if (r.values(claim).isEmpty()) {
                box.getChildren().add(new Label(String.join(", ", r.outlets(claim.articleIds()))));
            }
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            box.setMinWidth(0);
            setPrefWidth(0);
            setText(null);
            setGraphic(box);
        }
    }
}
