package app.parallax.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The reading area beside the side panel (Discrepancies, Notes tabs) that F9 shows and hides.
 * The panel's text grows with the zoom, so its width does too, up to half the window.
 */
final class SidePanel {

    private static final double WIDTH = 270;
    private static final double MIN_WIDTH = 240;

    private final TabPane tabs = new TabPane();
    private final SplitPane split = new SplitPane();
    /** The zoom the panel was last sized for. */
    private double zoom;

    SidePanel(Node reading, Node discrepancies, Node notes, double zoom) {
        this.zoom = zoom;
        Tab nav = new Tab("Discrepancies", discrepancies);
        nav.setId("tab-discrepancies");
        Tab notesTab = new Tab("Notes", notes);
        notesTab.setId("tab-notes");
        tabs.getTabs().addAll(nav, notesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("side-panel");
        tabs.setMinWidth(minWidth(zoom));
        split.getItems().setAll(reading, tabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(tabs, false);
    }

    Node node() {
        return split;
    }

    /** Gives the panel its default width for a window {@code windowWidth} wide (when the window is shown). */
    void placeFor(double windowWidth) {
        place(WIDTH * zoom, windowWidth);
    }

    void setShown(boolean shown) {
        boolean now = isShown();
        if (shown && !now) {
            split.getItems().add(tabs);
            place(WIDTH * zoom, split.getWidth());
        } else if (!shown && now) {
            split.getItems().remove(tabs);
        }
    }

    boolean isShown() {
        return split.getItems().contains(tabs);
    }

    void showNotesTab() {
        tabs.getSelectionModel().select(1);
    }

    /** Scales the panel's width (whatever the user made it) by the change of zoom. */
    void zoomTo(double newZoom) {
        double ratio = newZoom / zoom;
        zoom = newZoom;
        tabs.setMinWidth(minWidth(newZoom));
        if (isShown() && split.getWidth() > 0 && Math.abs(ratio - 1) > 1e-9) {
            place(tabs.getWidth() * ratio, split.getWidth());
        }
    }

    /** Not so wide at a large zoom that the columns lose their room. */
    private static double minWidth(double zoom) {
        return MIN_WIDTH * Math.min(zoom, 1.5);
    }

    private void place(double panelWidth, double splitWidth) {
        split.setDividerPositions(Math.max(0.5, 1 - panelWidth / Math.max(1, splitWidth)));
    }
}
