package app.parallax.ui.pair;

import app.parallax.report.PairRow;
import app.parallax.report.PairText;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * One row of the pair view: left text, a gutter sign, right text; under a differing row, what
 * the two say of the fact in dispute. The empty side of a one-sided row says "Only in …". The
 * row's kind is a style class ({@code pair-row-differ} …) so the sheet, not the code, colours it.
 */
final class PairRowCell extends ListCell<PairRow> {

    private static final String[] KIND_CLASSES = {"pair-row-agree", "pair-row-differ", "pair-row-left_only",
            "pair-row-right_only"};

    private final Function<String, String> outlet;
    private final ObservableStringValue leftId;
    private final ObservableStringValue rightId;
    private final MarkedText leftText = new MarkedText();
    private final MarkedText rightText = new MarkedText();
    private final Label leftOnly = onlyIn();
    private final Label rightOnly = onlyIn();
    private final Label gutter = new Label();
    private final Label disputes = new Label();
    private final Tooltip score = new Tooltip();
    private final VBox box;

    PairRowCell(Function<String, String> outlet, ObservableStringValue leftId, ObservableStringValue rightId) {
        this.outlet = outlet;
        this.leftId = leftId;
        this.rightId = rightId;
        getStyleClass().add("pair-row");
        gutter.getStyleClass().add("pair-gutter");
        disputes.getStyleClass().add("pair-dispute-line");
        disputes.setWrapText(true);
        GridPane halves = PairView.halves(new VBox(leftText, leftOnly), gutter, new VBox(rightText, rightOnly));
        box = new VBox(2, halves, disputes);
        box.setMinWidth(0);
        setPrefWidth(0);
    }

    private static Label onlyIn() {
        Label l = new Label();
        l.getStyleClass().add("pair-only-in");
        l.setWrapText(true);
        return l;
    }

    @Override
    protected void updateItem(PairRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeAll(KIND_CLASSES);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        getStyleClass().add("pair-row-" + row.kind().name().toLowerCase(Locale.ROOT));
        side(leftText, row.left());
        side(rightText, row.right());
        show(leftOnly, row.kind() == PairRow.Kind.RIGHT_ONLY, "Only in " + outlet.apply(rightId.get()));
        show(rightOnly, row.kind() == PairRow.Kind.LEFT_ONLY, "Only in " + outlet.apply(leftId.get()));
        gutter.setText(sign(row));
        String line = row.disputeLine();
        show(disputes, !line.isEmpty(), line);
        score.setText(row.sameFact() ? String.format(Locale.ROOT, "Linked passages, similarity %.2f", row.score())
                : line.isEmpty() ? "Different statements that give one figure alike"
                : "Different statements that give one name or figure two ways");
        setTooltip(row.linked() ? score : null);
        box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
        setGraphic(box);
    }

    private static void side(MarkedText text, PairText side) {
        text.show(side);
        text.setVisible(!side.isEmpty());
        text.setManaged(!side.isEmpty());
    }

    private static void show(Label label, boolean shown, String text) {
        label.setText(shown ? text : "");
        label.setVisible(shown);
        label.setManaged(shown);
    }

    /** "≠" a factual difference, "≈" other word differences, "=" the same words, arrows for one side only. */
    private static String sign(PairRow row) {
        return switch (row.kind()) {
            case DIFFER -> "≠";
            case AGREE -> row.left().spans().isEmpty() && row.right().spans().isEmpty() ? "=" : "≈";
            case LEFT_ONLY -> "◀";
            case RIGHT_ONLY -> "▶";
        };
    }
}
