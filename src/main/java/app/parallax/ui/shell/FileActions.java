package app.parallax.ui.shell;

import app.parallax.ui.model.ReaderViewModel;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import app.parallax.ingest.LinkFetcher;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Getting articles in and the story out: file and folder choosers, links, drag-and-drop onto the
 * window, pasting from the clipboard, and saving the story as a folder. Reading happens in the view model, off the FX thread.
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
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm", "*.mhtml", "*.mht", "*.pdf"),
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

    /** Pastes the clipboard as an article, preferring a browser's HTML (it keeps paragraphs); asks for the outlet. */
    void pasteArticle() {
        Clipboard clip = Clipboard.getSystemClipboard();
        String text = clip.hasHtml() ? clip.getHtml() : clip.hasString() ? clip.getString() : null;
        if (text == null || text.isBlank()) {
            vm.problems().add("The clipboard holds no text to paste as an article.");
            return;
        }
        String plain = clip.hasString() ? clip.getString().strip() : "";
        if (LinkFetcher.isLink(plain)) {
            vm.addLinks(List.of(plain), false);
            return;
        }
        TextInputDialog ask = new TextInputDialog("Pasted text " + vm.nextPasteNumber());
        ask.initOwner(owner.get());
        ask.setTitle("Paste Article");
        ask.setHeaderText("Which outlet published this article?");
        ask.getEditor().setId("paste-outlet");
        ask.showAndWait().ifPresent(outlet -> vm.paste(text, outlet));
    }

    /** Asks for links, one per line; {@code replace}: open them as a new story, else add them. */
    void openLinks(boolean replace) {
        TextArea area = new TextArea();
        area.setId("links-text");
        area.setPromptText("https://… (one link per line)");
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(replace ? "Open Links" : "Add Links");
        dialog.setHeaderText("Paste or type the addresses of the articles, one per line.");
        dialog.getDialogPane().setContent(area);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? area.getText() : null);
        dialog.showAndWait().ifPresent(text -> submitLinks(text, replace));
    }

    private void submitLinks(String text, boolean replace) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        lines.stream().filter(l -> !LinkFetcher.isLink(l))
                .forEach(l -> vm.problems().add("Not a web address (http or https): " + l));
        List<String> links = lines.stream().filter(LinkFetcher::isLink).toList();
        if (!links.isEmpty()) {
            vm.addLinks(links, replace);
        }
    }

    /** Asks for a new folder and saves the open story there (texts, fetched pages, story.json, notes). */
    void saveStoryAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Story As (a new folder)");
        chooser.setInitialFileName("story");
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            vm.saveStory(chosen.toPath());
        }
    }

    /** A dropped folder opens as the story; dropped files are added as columns. */
    void acceptDrops(Scene scene) {
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragDropped(this::dragDropped);
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() || e.getDragboard().hasUrl()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        if (!e.getDragboard().hasFiles() && e.getDragboard().hasUrl() && LinkFetcher.isLink(e.getDragboard().getUrl())) {
            vm.addLinks(List.of(e.getDragboard().getUrl().strip()), false);
            e.setDropCompleted(true);
            e.consume();
            return;
        }
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
