package app.parallax.ui.pair;

import app.parallax.report.StoryReport;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Puts the pair view in the window in place of the columns area, and the columns back: the one
 * hook the window needs. While the pair view is hidden it does not follow the comparison, so the
 * columns pay nothing for it; the chosen outlets are kept for the next time it is shown.
 */
public final class PairSwitch {

    /** What the pair view asks of the window around it. */
    public interface Window {
        /** The articles that have a column now, in column order: the default pair is the first two. */
        List<String> shownArticleIds();

        /** The passage clicked and the passages of the claim selected in the columns, if any: the pair view opens there. */
        List<String> selectedPassageIds();

        /** Brings a passage into view in the columns: the current row's, on the way back. */
        void reveal(String passageId);
    }

    private final Pane host;
    private final List<Node> columnsArea;
    private final PairViewModel vm;
    private final PairView view;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final Window window;

    /**
     * @param host        the pane that holds the columns area
     * @param columnsArea the host's children the pair view stands in for (columns, overview), in order
     * @param story       the reader's report, replaced with every comparison
     * @param window      the window's columns, asked for defaults and told where to go back to
     */
    public PairSwitch(Pane host, List<Node> columnsArea, ReadOnlyObjectProperty<StoryReport> story, Window window) {
        this.host = Objects.requireNonNull(host, "host");
        this.window = Objects.requireNonNull(window, "window");
        this.columnsArea = List.copyOf(columnsArea);
        this.vm = new PairViewModel(story, window::shownArticleIds);
        this.view = new PairView(vm, this::showColumns);
        VBox.setVgrow(view.node(), Priority.ALWAYS);
    }

    /**
     * View ▸ Compare Two Outlets…: the pair view replaces the columns area and takes the keyboard,
     * at the row of the claim selected in the columns when the pair has it.
     */
    public void showPair() {
        if (!shown.get()) {
            int at = host.getChildren().indexOf(columnsArea.get(0));
            host.getChildren().removeAll(columnsArea);
            host.getChildren().add(Math.max(0, at), view.node());
            shown.set(true);
            vm.activate();
            vm.selectRowOf(window.selectedPassageIds());
        }
        view.focus();
    }

    /**
     * "All Columns": the columns area comes back where it was, scrolled to the passage of the row
     * the user was on (a double-click or Enter on a row does the same).
     */
    public void showColumns() {
        if (shown.get()) {
            int at = host.getChildren().indexOf(view.node());
            host.getChildren().remove(view.node());
            host.getChildren().addAll(Math.max(0, at), columnsArea);
            vm.deactivate();
            shown.set(false);
            vm.currentPassage().ifPresent(window::reveal);
        }
    }

    /** Whether the pair view is shown now. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** While the pair view is shown, moves to its next differing row and returns true; else false. */
    public boolean nextDifference() {
        if (shown.get()) {
            view.nextDifference();
        }
        return shown.get();
    }

    /** While the pair view is shown, moves to its previous differing row and returns true; else false. */
    public boolean previousDifference() {
        if (shown.get()) {
            view.previousDifference();
        }
        return shown.get();
    }

    /** The two outlets the pair view compares now (left, right), or none while it is hidden. */
    public List<String> pairArticleIds() {
        if (!shown.get()) {
            return List.of();
        }
        return java.util.stream.Stream.of(vm.leftIdProperty().get(), vm.rightIdProperty().get())
                .filter(Objects::nonNull).distinct().toList();
    }

    /**
     * Find in the pair view: makes current the row holding this passage (a linked row first), so
     * the list brings it into view; nothing while the pair view is hidden or no row holds it.
     */
    public void revealPassage(String passageId) {
        if (shown.get()) {
            vm.selectRowOf(List.of(passageId));
        }
    }

    /** The pair view's state, for tests and the screenshot mode. */
    public PairViewModel model() {
        return vm;
    }
}
