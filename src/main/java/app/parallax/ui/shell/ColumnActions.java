package app.parallax.ui.shell;

import app.parallax.core.note.Note;
import app.parallax.ui.columns.ArticleColumnView;
import app.parallax.ui.columns.ColumnsPane;
import app.parallax.ui.columns.PassagePopover;
import app.parallax.ui.model.ReaderViewModel;

/**
 * What the pointer does in a column: hovering a passage outlines its counterparts and opens the
 * popup, a click selects its claim, and the column's own menu adds notes, moves, closes and
 * renames. Everything goes through the view model; columns never talk to each other.
 */
final class ColumnActions implements ArticleColumnView.Events {

    private final ReaderViewModel vm;
    private final PassagePopover popover;
    private final ReaderView view;

    ColumnActions(ReaderViewModel vm, PassagePopover popover, ReaderView view) {
        this.vm = vm;
        this.popover = popover;
        this.view = view;
    }

    private ColumnsPane pane() {
        return view.columnsPane();
    }

    @Override
    public void hover(ArticleColumnView column, String passageId, double screenX, double screenY) {
        String was = vm.hoveredPassageProperty().get();
        if (passageId == null) {
            popover.hide();
        }
        if (passageId != null && !passageId.equals(was) && !aDialogIsOpen()) {
            popover.show(column.area(), vm.report(), passageId, screenX, screenY);
        }
        vm.hoveredPassageProperty().set(passageId);
    }

    @Override
    public void hoverNote(ArticleColumnView column, Note note, double screenX, double screenY) {
        vm.hoveredPassageProperty().set(null);
        if (!aDialogIsOpen()) {
            popover.showNote(column.area(), note, screenX, screenY);
        }
    }

    /**
     * True while a modal dialog (Add Links, Paste Article, Rename Outlet) is up: the pointer can
     * still pass over the columns beside it, and the popup, a window of its own, would then open
     * on top of the dialog and cover its fields.
     */
    private static boolean aDialogIsOpen() {
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.stage.Stage s
                && s.isShowing() && s.getModality() != javafx.stage.Modality.NONE);
    }

    @Override
    public void click(ArticleColumnView column, String passageId) {
        pane().setFocusedColumn(column);
        vm.focusPassage(passageId);
    }

    @Override
    public void addNote(ArticleColumnView column) {
        pane().setFocusedColumn(column);
        view.addNoteOnSelection();
    }

    @Override
    public void move(ArticleColumnView column, int delta) {
        vm.move(column.id(), delta);
    }

    @Override
    public void close(ArticleColumnView column) {
        vm.close(column.id());
    }

    @Override
    public void renameOutlet(ArticleColumnView column) {
        pane().setFocusedColumn(column);
        view.renameFocusedOutlet();
    }
}
