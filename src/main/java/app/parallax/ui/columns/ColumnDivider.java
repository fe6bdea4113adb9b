package app.parallax.ui.columns;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Makes the connector band right of a column its divider: dragging it sideways widens or narrows
 * that column (never below the minimum; the columns of automatic width give or take the room, and
 * the row scrolls sideways once they are at their minimum); a double-click gives the column its
 * automatic width back.
 */
final class ColumnDivider {

    private double pressX;
    private double pressWidth;

    private ColumnDivider() {
    }

    /**
     * Turns {@code band} into the divider right of its left column.
     *
     * @param resize given the left column and the on-screen width the user dragged it to
     * @param reset  given the left column when the user double-clicks the divider
     */
    static void install(ConnectorBand band, BiConsumer<ArticleColumnView, Double> resize,
                        Consumer<ArticleColumnView> reset) {
        ColumnDivider divider = new ColumnDivider();
        Region node = (Region) band.node();
        ArticleColumnView column = band.left();
        node.setCursor(Cursor.H_RESIZE);
        node.getStyleClass().add("column-divider");
        Tooltip.install(node, new Tooltip("Drag to widen or narrow " + column.article().outlet()
                + "; double-click for automatic width"));
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                divider.pressX = e.getScreenX();
                divider.pressWidth = ((Region) column.node()).getWidth();
                e.consume();
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                resize.accept(column, divider.pressWidth + e.getScreenX() - divider.pressX);
                e.consume();
            }
        });
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                reset.accept(column);
                e.consume();
            }
        });
    }
}
