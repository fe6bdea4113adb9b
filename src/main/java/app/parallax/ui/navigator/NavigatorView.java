package app.parallax.ui.navigator;

import app.parallax.ui.model.ReaderViewModel;

import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import app.parallax.ui.columns.VerdictStyle;
import app.parallax.report.StoryReport;
import app.parallax.report.Words;
import java.util.List;
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
    /** The list's items: the view model's discrepancies, copied a turn after they change. */
    private final javafx.collections.ObservableList<Claim> items = javafx.collections.FXCollections.observableArrayList();
    private final VBox root;
    private boolean syncing;
    /** True from a change of the discrepancies until the list shows it. */
    private boolean stale;
    /** Rows added a pulse while the list fills the first time (later results reuse its cells). */
    private static final int FIRST_ROWS_PER_PULSE = 4;
    /**
     * True once the list has shown discrepancies, or warm-up rows before the window showed: then a
     * result fills it at once (cheaper than four rows a pulse once its code and styles are warm).
     */
    private boolean filledOnce;
    /** The report the listed claims come from, which the cells word them by. */
    private StoryReport shownReport;

    public NavigatorView(ReaderViewModel vm) {
        this.vm = vm;
        list.setId("navigator");
        items.setAll(vm.discrepancies());
        shownReport = vm.report();
        list.setItems(items);
        vm.discrepancies().addListener((javafx.collections.ListChangeListener<Claim>) c -> later());
        list.setCellFactory(v -> new ClaimCell(() -> shownReport));
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

    /**
     * The list takes a change of the discrepancies in a turn and a layout pulse of its own
     * ({@link app.parallax.ui.tasks.PulseTurns}): its first cells (their CSS, the measuring of their
     * heights) laid out in the pulse that also shows a new result's highlights and overview kept a
     * click waiting for all of it.
     */
    private void later() {
        if (stale) {
            return;
        }
        stale = true;
        app.parallax.ui.tasks.PulseTurns.run(list.getScene(), this::catchUp);
    }

    private void catchUp() {
        List<Claim> wanted = List.copyOf(vm.discrepancies());
        // the first time, a few rows a pulse: each new row is a cell made, styled and measured
        int upTo = filledOnce ? wanted.size() : Math.min(wanted.size(), items.size() + FIRST_ROWS_PER_PULSE);
        syncing = true;
        try {
            shownReport = vm.report();
            items.setAll(wanted.subList(0, upTo));
        } finally {
            syncing = false;
        }
        if (upTo < wanted.size()) {
            app.parallax.ui.tasks.PulseTurns.run(list.getScene(), this::catchUp);
            return;
        }
        filledOnce = !wanted.isEmpty();
        stale = false;
        select(vm.selectedClaimProperty().get());
    }

    /** True when the list shows the view model's current discrepancies (they reach it a turn later). */
    public boolean upToDate() {
        return !stale;
    }

    /**
     * Rows of made-up claims the list lays out once before the window first shows, then drops
     * ({@link #warmUp()}, {@link #endWarmUp()}): the list's first cells (their skins, CSS and text
     * layout, with the empty cells that fill its height) were the worst stall of a story's opening,
     * when the first result filled the list. Laid out in the window's scene before it shows, they
     * load the classes, link the code and fill the style caches the real rows use, and the list keeps
     * their cells for the first result (nine articles: four of the five it shows; traced).
     */
    private static final List<Claim> WARM_UP = List.of(
            warmUpClaim(Verdict.DISPUTED, "7", "9", "twelve", "more than a dozen"),
            warmUpClaim(Verdict.VALUES_DIFFER, "Monday", "Tuesday", "early on Wednesday morning"),
            warmUpClaim(Verdict.DISPUTED),
            warmUpClaim(Verdict.VALUES_DIFFER, "the capital", "a town in the north", "near the border", "the coast"));
    private boolean warmingUp;
    /** Outlets of a made-up row: a line that wraps in the panel, as real rows' lines do. */
    private static final String WARM_UP_OUTLETS = "The Daily Outlet, Evening Standard Review, Morning Wire and 3 more";

    private static Claim warmUpClaim(Verdict verdict, String... values) {
        List<app.parallax.core.align.ClaimValue> v = java.util.Arrays.stream(values)
                .map(w -> new app.parallax.core.align.ClaimValue(app.parallax.core.classify.ConflictKind.NUMBER, w, List.of("warm-up")))
                .toList();
        return new Claim("navigator-warm-up", List.of(), List.of("warm-up"), verdict, v);
    }

    private static boolean isWarmUp(Claim claim) {
        for (Claim c : WARM_UP) {
            if (c == claim) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lists the made-up warm-up rows while the list shows nothing, so that the next layout (the
     * window's first frame, or a snapshot before it shows) makes and styles the list's cells. Call on
     * the FX thread before the window shows, then {@link #endWarmUp()}.
     */
    public void warmUp() {
        if (!items.isEmpty() || !vm.discrepancies().isEmpty() || stale) {
            return;
        }
        // a record's equals is linked on its first call (ObjectMethods' bootstrap), which a cell
        // makes when it changes rows: linked here, not in the pulse that shows the first result
        WARM_UP.get(0).equals(WARM_UP.get(1));
        warmingUp = true;
        syncing = true;
        try {
            items.setAll(WARM_UP);
        } finally {
            syncing = false;
        }
    }

    /** Takes the warm-up rows out again (the list keeps their cells); it shows its placeholder as before. */
    public void endWarmUp() {
        if (!warmingUp) {
            return;
        }
        warmingUp = false;
        syncing = true;
        try {
            if (!items.isEmpty() && isWarmUp(items.get(0))) {
                // laid out (the panel was in the scene): the first result fills the list at once
                filledOnce = list.lookup(".list-cell") != null;
                items.clear();
                // An empty list's skin leaves its flow at the size it had and shows the placeholder over
                // it; a flow of the list's height lays out a column of ~30 empty cells when its rows go
                // (the count changes). At width 0 it piles its cells instead, as before the warm-up,
                // and the first result takes them from the pile. (Height 0 would not do: a flow whose
                // height comes back from 0 throws its cells away, JavaFX's fix for RT-8480.)
                if (list.lookup(".virtual-flow") instanceof javafx.scene.layout.Region flow) {
                    flow.resize(0, flow.getHeight());
                }
            }
        } finally {
            syncing = false;
        }
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

    /**
     * The grade in its colour and the kind of fact in bold, then one line per competing value. The
     * cell keeps its nodes and changes their text: new nodes on every update made JavaFX apply CSS
     * to each again, which with 60 outlets kept the UI thread busy for a second when a result came.
     */
    private static final class ClaimCell extends ListCell<Claim> {
        private static final int NAMED_OUTLETS = 6;
        private static final int VALUE_LINES = 6;
        private final Supplier<StoryReport> report;
        private final Label gradeLabel = new Label();
        private final Label kind = new Label();
        private final VBox box = new VBox(2);
        private final java.util.List<Label> lines = new java.util.ArrayList<>();
        private String gradeClass;

        ClaimCell(Supplier<StoryReport> report) {
            this.report = report;
            getStyleClass().add("navigator-cell");
            gradeLabel.getStyleClass().add("navigator-grade");
            kind.getStyleClass().add("navigator-kind");
            HBox head = new HBox(6, gradeLabel, kind);
            head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(head);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(Claim claim, boolean empty) {
            super.updateItem(claim, empty);
            setText(null);
            if (empty || claim == null) {
                setGraphic(null);
                return;
            }
            if (isWarmUp(claim)) {
                // made-up text with the real rows' styles: the grade, the kind, a line a value
                Grade grade = claim.verdict() == Verdict.DISPUTED ? Grade.CONFLICT : Grade.VALUES_DIFFER;
                show(grade, "Number", claim.values().isEmpty() ? List.of(WARM_UP_OUTLETS)
                        : claim.values().stream().map(v -> "“" + v.value() + "” — " + WARM_UP_OUTLETS).toList());
                return;
            }
            StoryReport r = report.get();
            show(r.gradeOf(claim).orElse(Grade.CONFLICT), r.kind(claim).isEmpty() ? "Disputed" : Words.capitalise(r.kind(claim)),
                    r.values(claim).isEmpty() ? java.util.List.of(outletList(r.outlets(claim.articleIds())))
                            : valueLines(r, r.values(claim)));
        }

        private void show(Grade grade, String kindText, java.util.List<String> valueLines) {
            gradeLabel.setText(StoryReport.gradeTitle(grade));
            String wanted = "legend-" + VerdictStyle.wordsClass(grade);
            if (!wanted.equals(gradeClass)) {
                gradeLabel.getStyleClass().remove(gradeClass);
                gradeLabel.getStyleClass().add(wanted);
                gradeClass = wanted;
            }
            kind.setText(kindText);
            showLines(valueLines);
            if (!box.prefWidthProperty().isBound()) {
                box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            }
            setPrefWidth(0);
            setGraphic(box);
        }

        /**
         * One line a value, the first {@value #VALUE_LINES}: a claim that 60 outlets each give
         * differently would otherwise be a row of 60 lines, laid out again on every result.
         */
        private static java.util.List<String> valueLines(StoryReport r, java.util.List<ClaimValue> values) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (ClaimValue v : values.subList(0, Math.min(values.size(), VALUE_LINES))) {
                lines.add("“" + v.value() + "” — " + outletList(r.outlets(v.articleIds())));
            }
            if (values.size() > VALUE_LINES) {
                lines.add("and " + Words.count(values.size() - VALUE_LINES, "more value", "more values"));
            }
            return lines;
        }

        /**
         * The outlets giving a value, the first {@value #NAMED_OUTLETS} by name: with 60 outlets a
         * row naming all was a paragraph to read and to lay out again on every result.
         */
        static String outletList(java.util.List<String> names) {
            if (names.size() <= NAMED_OUTLETS + 1) {
                return String.join(", ", names);
            }
            return String.join(", ", names.subList(0, NAMED_OUTLETS)) + " and " + (names.size() - NAMED_OUTLETS) + " more";
        }

        /** One label a line under the head, reusing the labels the cell already has. */
        private void showLines(java.util.List<String> texts) {
            while (lines.size() < texts.size()) {
                Label line = new Label();
                line.getStyleClass().add("navigator-value");
                line.setWrapText(true);
                lines.add(line);
            }
            for (int i = 0; i < texts.size(); i++) {
                lines.get(i).setText(texts.get(i));
            }
            // only the count changes the children: a node taken out and put back gets its CSS again
            int shown = box.getChildren().size() - 1;
            if (shown > texts.size()) {
                box.getChildren().remove(1 + texts.size(), box.getChildren().size());
            } else if (shown < texts.size()) {
                box.getChildren().addAll(lines.subList(shown, texts.size()));
            }
        }
    }
}
