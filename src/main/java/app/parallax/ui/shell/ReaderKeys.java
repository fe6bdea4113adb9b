package app.parallax.ui.shell;

import app.parallax.ui.columns.ColumnsPane;
import app.parallax.ui.model.ReaderViewModel;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Window-wide keys that must work whatever has focus, even the text of a column (which would
 * otherwise take them): typed zoom keys, moving the focused column, and Esc to stop a link fetch.
 */
final class ReaderKeys {

    private final ReaderViewModel vm;
    private final ThemeAndZoom looks;
    private final ColumnsPane columns;

    ReaderKeys(ReaderViewModel vm, ThemeAndZoom looks, ColumnsPane columns) {
        this.vm = vm;
        this.looks = looks;
        this.columns = columns;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::moveColumnKeys);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::cancelFetchKey);
    }

    /** Ctrl + and Ctrl − as typed on any keyboard (the menu shows Ctrl+= and Ctrl+-). */
    private void zoomKeys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, ADD -> looks.zoomBy(1.1);
            case SUBTRACT -> looks.zoomBy(1 / 1.1);
            case NUMPAD0 -> looks.setZoom(1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Esc stops a running link fetch, else a running comparison (unless typed in a text field,
     * such as the find bar's, which Esc closes); otherwise it does what it did before.
     */
    private void cancelFetchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE && vm.fetchingProperty().get()) {
            vm.cancelFetch();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && vm.comparingProperty().get()
                && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
            vm.cancelComparison();
            e.consume();
        }
    }

    /** Ctrl+Shift+←/→ move the focused column even while its text (which would extend the selection) has focus. */
    private void moveColumnKeys(KeyEvent e) {
        boolean arrow = e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT;
        if (arrow && e.isShortcutDown() && e.isShiftDown() && columns.focusedColumn().isPresent()) {
            vm.move(columns.focusedColumn().get().id(), e.getCode() == KeyCode.LEFT ? -1 : 1);
            e.consume();
        }
    }
}
