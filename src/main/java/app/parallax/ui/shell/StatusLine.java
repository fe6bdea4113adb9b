package app.parallax.ui.shell;

import app.parallax.ui.model.ReaderViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;

/**
 * The status bar (what the reader is doing, its progress, the story folder, Cancel while links are
 * fetched) and the hints shown above the columns when fewer than two articles are open.
 */
final class StatusLine {

    private StatusLine() {
    }

    static Node statusBar(ReaderViewModel vm) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.statusProperty());
        bar.progressProperty().bind(Bindings.when(vm.busyProperty()).then(vm.progressProperty()).otherwise(0.0));
        Label folder = new Label();
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> vm.storyFolderProperty().get() == null ? "" : vm.storyFolderProperty().get().toString(),
                vm.storyFolderProperty()));
        folder.getStyleClass().add("status-folder");
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-fetch");
        cancel.setTooltip(new Tooltip("Stop fetching the links (Esc); the open story stays as it is"));
        cancel.visibleProperty().bind(vm.fetchingProperty());
        cancel.managedProperty().bind(vm.fetchingProperty());
        cancel.setOnAction(e -> vm.cancelFetch());
        Button stop = new Button("Cancel");
        stop.setId("cancel-comparison");
        stop.setTooltip(new Tooltip("Stop comparing (Esc); the window keeps what it shows"));
        stop.visibleProperty().bind(vm.comparingProperty().and(vm.fetchingProperty().not()));
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setOnAction(e -> vm.cancelComparison());
        bar.getRightItems().addAll(cancel, stop, folder);
        keepHeight(bar, folder);
        return bar;
    }

    /**
     * The bar keeps the tallest height it has had: a Cancel button or the progress bar appearing
     * made it two pixels taller and their going made it shorter again, and each change resized
     * everything above it (every column re-laid out, the whole window repainted: a quarter of a
     * second with the software renderer as a comparison ended). A new font size (zoom) lets it
     * fit its content again.
     */
    private static void keepHeight(StatusBar bar, Label inside) {
        bar.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > bar.getMinHeight()) {
                bar.setMinHeight(now.doubleValue());
            }
        });
        inside.fontProperty().addListener((o, was, now) -> bar.setMinHeight(Region.USE_COMPUTED_SIZE));
    }

    static Label emptyHint(ReaderViewModel vm) {
        Label empty = hint("empty-hint", "empty-hint", "");
        empty.textProperty().bind(Bindings.when(vm.busyProperty())
                .then("Opening the story… Its articles appear here as soon as they are read.")
                .otherwise("No articles open. Open articles with File ▸ Open Articles… (Ctrl+O) "
                        + "or Open Folder…, drop files here, or paste one from the clipboard (Ctrl+Shift+V)."));
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.visibleProperty().bind(Bindings.isEmpty(vm.articles()));
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    /** Over the example story: what it is and how to open one's own, until the user opens or adds articles. */
    static Label exampleHint(ReaderViewModel vm) {
        Label example = hint("example-hint", "single-hint", "This is the example story bundled with Parallax. Open your "
                + "own articles with File ▸ Open Articles… (Ctrl+O) or Open Folder…, or paste one with Ctrl+Shift+V.");
        example.visibleProperty().bind(vm.exampleOpenProperty().and(Bindings.isNotEmpty(vm.articles())));
        example.managedProperty().bind(example.visibleProperty());
        return example;
    }

    static Label singleArticleHint(ReaderViewModel vm) {
        Label single = hint("single-article-hint", "single-hint", "Only one article is open: add another (File ▸ Add "
                + "Articles…, Ctrl+Shift+A, or paste one with Ctrl+Shift+V) to see where the outlets agree and differ.");
        single.visibleProperty().bind(Bindings.size(vm.articles()).isEqualTo(1));
        single.managedProperty().bind(single.visibleProperty());
        return single;
    }

    private static Label hint(String id, String styleClass, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
