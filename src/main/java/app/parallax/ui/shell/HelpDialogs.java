package app.parallax.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Help ▸ Keyboard Shortcuts and Help ▸ About: small modal dialogs with plain text. */
final class HelpDialogs {

    /** Every shortcut the reader knows, one per line; also listed in the README. */
    static final String SHORTCUTS = String.join("\n",
            "Ctrl+O\tOpen articles",
            "Ctrl+Shift+O\tOpen a folder as a story",
            "Ctrl+Shift+A\tAdd articles to the story",
            "Ctrl+Shift+V\tPaste an article from the clipboard",
            "Ctrl+W\tClose the focused article",
            "Ctrl+Z\tUndo closing an article or deleting a note",
            "Ctrl+Shift+← / →\tMove the focused column left / right",
            "F8 / Shift+F8\tNext / previous discrepancy (in the pair view: next / previous differing row)",
            "Ctrl+F\tFind in all columns (Enter / Shift+Enter: next / previous, Esc: close)",
            "Ctrl+M\tAdd a note to the selected text",
            "F2\tRename the outlet of the focused column",
            "Esc\tCancel fetching links or comparing",
            "F5\tCompare again",
            "F9\tShow or hide the side panel",
            "Ctrl+Shift+P\tCompare two outlets side by side (View ▸ All Columns goes back)",
            "Ctrl+= / Ctrl+- / Ctrl+0\tZoom in / out / actual size",
            "F1\tThis list",
            "Ctrl+Q\tQuit");

    private HelpDialogs() {
    }

    static void shortcuts(Window owner) {
        show(owner, "Keyboard Shortcuts", "Keyboard shortcuts", SHORTCUTS.replace("\t", "    "));
    }

    static void about(Window owner) {
        show(owner, "About Parallax", "Parallax",
                "Puts several news articles about one event side by side and shows, passage by passage, "
                        + "where the outlets agree and where they differ.\nJava " + System.getProperty("java.version")
                        + " · JavaFX " + System.getProperty("javafx.runtime.version", "?"));
    }

    private static void show(Window owner, String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label body = new Label(text);
        body.setId("help-text");
        body.setWrapText(true);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("help-dialog");
        alert.show();
    }
}
