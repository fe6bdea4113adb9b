package app.parallax.ui.pair;

import app.parallax.core.article.Article;
import app.parallax.report.PairRow;
import app.parallax.report.PairSpan;
import app.parallax.report.PairText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The pair view: two outlets side by side, as a diff tool shows two files. Above, the two outlet
 * choosers (with a swap button between them), the summary line and the way back to all columns;
 * below, one virtualised row per {@link PairRow}: linked passages with their differing words
 * marked inline, or a passage only one outlet reports beside "Only in …". The window's own
 * next/previous discrepancy keys (F8 / Shift+F8) call {@link #nextDifference()} and
 * {@link #previousDifference()} while this view is shown. Everything shown comes from a
 * {@link PairViewModel}.
 */
public final class PairView {

    private static final String CSS = Objects.requireNonNull(PairView.class.getResource("pair.css"), "pair.css")
            .toExternalForm();

    private final PairViewModel vm;
    private final ComboBox<String> left = new ComboBox<>();
    private final ComboBox<String> right = new ComboBox<>();
    private final ListView<PairRow> list = new ListView<>();
    private final VBox root;
    private boolean syncing;

    /**
     * @param vm   the state shown
     * @param back what "All Columns", a double-click or Enter on a row do: the host puts its columns back
     */
    public PairView(PairViewModel vm, Runnable back) {
        this.vm = Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(back, "back");
        root = new VBox(topBar(back), chooserRow(), rowList(back));
        root.setId("pair-view");
        root.getStyleClass().add("pair-view");
        root.getStylesheets().add(CSS);
        listen();
    }

    /** The view's root node, for the host to place where the columns were. */
    public Node node() {
        return root;
    }

    /** Selects and shows the next row whose sides differ in a fact (F8). */
    public void nextDifference() {
        vm.nextDifference();
    }

    /** Selects and shows the previous row whose sides differ in a fact (Shift+F8). */
    public void previousDifference() {
        vm.previousDifference();
    }

    /** Gives the row list the keyboard, so that arrows and F8 work at once. */
    public void focus() {
        list.requestFocus();
    }

    // ---- building

    /** All Columns, the summary and the difference buttons; under them where the user is, and the key. */
    private Node topBar(Runnable back) {
        Button columns = button("◀ All Columns", "pair-back", "Back to every outlet's column", back);
        Button prev = button("◀", "pair-prev-difference", "Previous difference (Shift+F8)", vm::previousDifference);
        Button next = button("Next difference ▶", "pair-next-difference", "Next difference (F8)", vm::nextDifference);
        prev.disableProperty().bind(vm.pairProperty().isNull());
        next.disableProperty().bind(vm.pairProperty().isNull());
        Label summary = growing(label("pair-summary", vm.summaryProperty()));
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(vm.summaryProperty());
        summary.setTooltip(whole);
        Label position = growing(label("pair-position", vm.positionProperty()));
        VBox top = new VBox(2, line(columns, summary, prev, next), line(position, key()));
        top.getStyleClass().add("pair-bar");
        return top;
    }

    private static Label label(String idAndClass, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(idAndClass);
        l.getStyleClass().add(idAndClass);
        l.textProperty().bind(text);
        return l;
    }

    /** Takes the line's spare width, and gives it up (with an ellipsis) when the window is narrow. */
    private static Label growing(Label l) {
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(l, Priority.ALWAYS);
        return l;
    }

    private static HBox line(Node... nodes) {
        HBox line = new HBox(8, nodes);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /** The key, drawn by the same code as the rows, so it always looks like them. */
    private static Node key() {
        String[] words = {"Key:", "only left", "only right", "changed", "spelling", "disputed", "values differ"};
        PairSpan.Change[] changes = {null, PairSpan.Change.REMOVED, PairSpan.Change.ADDED, PairSpan.Change.CHANGED,
                PairSpan.Change.VARIANT, PairSpan.Change.DISPUTED, PairSpan.Change.VALUES_DIFFER};
        StringBuilder text = new StringBuilder();
        List<PairSpan> spans = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            int start = text.length();
            text.append(words[i]).append(i + 1 < words.length ? "  " : "");
            if (changes[i] != null) {
                spans.add(new PairSpan(start, start + words[i].length(), changes[i]));
            }
        }
        MarkedText key = new MarkedText();
        key.setId("pair-key");
        key.getStyleClass().add("pair-key");
        key.show(new PairText(List.of(), text.toString(), spans));
        key.setMinWidth(Region.USE_PREF_SIZE);
        return key;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** The two choosers sit over the two halves of the rows, the swap button over the gutter. */
    private Node chooserRow() {
        setUp(left, "pair-left", "The outlet on the left");
        setUp(right, "pair-right", "The outlet on the right");
        left.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.chooseLeft(now);
            }
        });
        right.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.chooseRight(now);
            }
        });
        Button swap = button("⇄", "pair-swap", "Swap the two sides", vm::swap);
        swap.disableProperty().bind(vm.pairProperty().isNull());
        GridPane grid = halves(left, swap, right);
        grid.getStyleClass().add("pair-choosers");
        return grid;
    }

    private void setUp(ComboBox<String> box, String id, String tip) {
        box.setId(id);
        box.setTooltip(new Tooltip(tip));
        box.setMaxWidth(Double.MAX_VALUE);
        StringConverter<String> names = new StringConverter<>() {
            @Override
            public String toString(String articleId) {
                return articleId == null ? "" : vm.outlet(articleId);
            }

            @Override
            public String fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
        box.setConverter(names);
    }

    /** Three columns: two equal halves and a narrow gutter between them, as every row has. */
    static GridPane halves(Node leftNode, Node middle, Node rightNode) {
        GridPane grid = new GridPane();
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(47);
        half.setHgrow(Priority.ALWAYS);
        half.setFillWidth(true);
        ColumnConstraints gutter = new ColumnConstraints();
        gutter.setPercentWidth(6);
        gutter.setHalignment(javafx.geometry.HPos.CENTER);
        grid.getColumnConstraints().addAll(half, gutter, half);
        grid.addRow(0, leftNode, middle, rightNode);
        return grid;
    }

    private Node rowList(Runnable back) {
        list.setId("pair-rows");
        list.getStyleClass().add("pair-rows");
        list.setItems(vm.rows());
        list.setCellFactory(v -> new PairRowCell(vm::outlet, vm.leftIdProperty(), vm.rightIdProperty()));
        list.setPlaceholder(label("pair-placeholder", vm.summaryProperty()));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> openIf(e.getClickCount() == 2, back));
        list.setOnKeyPressed(e -> openIf(e.getCode() == KeyCode.ENTER, back));
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.select(now.intValue());
            }
        });
        return list;
    }

    /** A double-click or Enter on a row goes back to the columns, at that row's passage. */
    private void openIf(boolean asked, Runnable back) {
        if (asked && list.getSelectionModel().getSelectedIndex() >= 0) {
            back.run();
        }
    }

    private void listen() {
        vm.outlets().addListener((ListChangeListener<Article>) c -> syncChoosers());
        vm.leftIdProperty().addListener((o, was, now) -> syncChoosers());
        vm.rightIdProperty().addListener((o, was, now) -> syncChoosers());
        vm.currentProperty().addListener((o, was, now) -> showCurrent(now.intValue()));
        vm.rows().addListener((ListChangeListener<PairRow>) c -> showCurrent(vm.currentProperty().get()));
        syncChoosers();
    }

    private void syncChoosers() {
        syncing = true;
        try {
            var ids = vm.outlets().stream().map(Article::id).toList();
            for (ComboBox<String> box : List.of(left, right)) {
                if (!box.getItems().equals(ids)) {
                    box.getItems().setAll(ids);
                }
                box.setDisable(ids.size() < 2);
            }
            // set null first: a renamed outlet keeps its id, and the button shows the new name only on a change
            left.setValue(null);
            left.setValue(vm.leftIdProperty().get());
            right.setValue(null);
            right.setValue(vm.rightIdProperty().get());
        } finally {
            syncing = false;
        }
    }

    /**
     * Puts the current row at the top of the list, measured. {@code ListView.scrollTo} places an
     * index by the rows' estimated heights; rows of very different heights (a long paragraph beside
     * a run of one-line "only in" rows) left the row it was asked for above the viewport. Laid out
     * first, the flow knows the real heights. Before the list is in a window there is nothing to
     * measure, and the estimate (one row of context above) has to do.
     */
    private void reveal(int row) {
        if (list.getScene() != null) {
            list.applyCss();
            list.layout();
            if (list.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                flow.scrollToTop(row);
                return;
            }
        }
        list.scrollTo(Math.max(0, row - 1));
    }

    private void showCurrent(int row) {
        syncing = true;
        try {
            if (row < 0) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedIndex() != row) {
                list.getSelectionModel().select(row);
                reveal(row);
            }
        } finally {
            syncing = false;
        }
    }
}
