package app.parallax.ui;

import javafx.application.Application;

/** Starts the JavaFX reader: no arguments open the last or example story; arguments are files or folders. */
public final class ReaderLauncher {

    /** Hidden option: {@code --screenshot FILE} opens the example at 1600×1000, writes a PNG and quits. */
    static final String SCREENSHOT_OPTION = "--screenshot";
    /** Hidden option beside it: {@code --screenshot-view pair} takes the pair view instead of the columns. */
    static final String SCREENSHOT_VIEW_OPTION = "--screenshot-view";
    /** Hidden option: {@code --stall-report} measures the longest UI-thread stall while the given story opens, then quits. */
    static final String STALL_REPORT_OPTION = "--stall-report";

    private ReaderLauncher() {
    }

    /**
     * How many separate regions of a frame JavaFX repaints before it merges the nearest into their
     * bounding box ({@code prism.dirtyregioncount}: 6 by default, 15 the most its culling supports).
     * While a story opens a pulse often changes a column's text, the bands, a header, the status bar
     * and the side panel at once; merged into six, a column and the status bar became one box of
     * 458 × 707 pixels, repainted whole by the software renderer. With 15 the renderer's time over a
     * nine-article opening fell by about a seventh (1,456–2,058 ms, four runs, against 1,177–1,622 ms,
     * taken in turn at load 7.5–8.7).
     */
    static final String DIRTY_REGIONS = "15";

    public static void launch(String[] args) {
        if (System.getProperty("prism.dirtyregioncount") == null) {
            System.setProperty("prism.dirtyregioncount", DIRTY_REGIONS);
        }
        Application.launch(ReaderApp.class, args);
    }
}
