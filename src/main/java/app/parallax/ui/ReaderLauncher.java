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

    public static void launch(String[] args) {
        Application.launch(ReaderApp.class, args);
    }
}
