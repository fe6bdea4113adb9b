package app.parallax.ui.shell;

import app.parallax.ui.model.ReaderViewModel;
import app.parallax.report.Words;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Asks before quitting would lose pasted or downloaded articles that are kept nowhere (a story
 * opened from files, or the example): Save Story As…, Quit Without Saving, or Cancel, as editors
 * do. Articles pasted into a writable story folder are kept there at once and never asked about.
 */
final class UnsavedWork {

    static final ButtonType SAVE = new ButtonType("Save Story As…", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Quit Without Saving", ButtonBar.ButtonData.NO);

    private final ReaderViewModel vm;
    private final FileActions files;

    UnsavedWork(ReaderViewModel vm, FileActions files) {
        this.vm = vm;
        this.files = files;
    }

    /** Installs the question on the window's close request (the close box and File ▸ Quit). */
    void install(Window window) {
        window.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (!mayClose(window)) {
                e.consume();
            }
        });
    }

    private boolean mayClose(Window window) {
        List<String> outlets = vm.articles().stream().filter(a -> vm.unsavedArticles().contains(a.id()))
                .map(a -> a.outlet()).toList();
        if (outlets.isEmpty()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DISCARD, ButtonType.CANCEL);
        ask.initOwner(window);
        ask.setTitle("Quit Parallax");
        ask.setHeaderText(Words.count(outlets.size(), "pasted or downloaded article is", "pasted or downloaded articles are")
                + " not saved: " + String.join(", ", outlets));
        ask.setContentText("They are in no story folder yet. Save the story as a folder to keep them, or quit without them.");
        ask.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && answer.get() == SAVE) {
            files.saveStoryAs();
            return false;
        }
        return answer.isPresent() && answer.get() == DISCARD;
    }
}
