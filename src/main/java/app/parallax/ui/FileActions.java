package app.parallax.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Getting articles in: file and folder choosers, drag-and-drop onto the window and pasting from
 * the clipboard. Reading happens in the view model, off the FX thread.
 */
final class FileActions {

    private final ReaderViewModel vm;
    private final Supplier<Window> owner;

    FileActions(ReaderViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    /** {@code replace}: open as a new story; otherwise add columns to the open one. */
    void openFiles(boolean replace) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(replace ? "Open Articles" : "Add Articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner.get());
        if (chosen != null && !chosen.isEmpty()) {
            List<Path> paths = chosen.stream().map(File::toPath).toList();
            if (replace) {
                vm.open(paths);
            } else {
                vm.add(paths);
            }
        }
    }

    void openFolder() {
        File dir = new DirectoryChooser().showDialog(owner.get());
        if (dir != null) {
            vm.open(List.of(dir.toPath()));
        }
    }

    void pasteArticle() {
        Clipboard clip = Clipboard.getSystemClipboard();
        String text = clip.hasString() ? clip.getString() : clip.hasHtml() ? clip.getHtml() : null;
        if (text == null || text.isBlank()) {
            vm.problems().add("The clipboard holds no text to paste as an article.");
            return;
        }
        vm.paste(text);
    }

    /** A dropped folder opens as the story; dropped files are added as columns. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dragDropped);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        List<File> dropped = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
        if (!dropped.isEmpty()) {
            List<Path> paths = dropped.stream().map(File::toPath).toList();
            if (paths.size() == 1 && dropped.get(0).isDirectory()) {
                vm.open(paths);
            } else {
                vm.add(paths);
            }
        }
        e.setDropCompleted(!dropped.isEmpty());
        e.consume();
    }
}
