package app.parallax.ui.shell;

import app.parallax.ui.columns.VerdictStyle;
import app.parallax.ui.model.AnnotatedPdfExporter;
import app.parallax.ui.model.ReaderViewModel;

import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import java.io.File;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** The menu bar (with shortcuts) and the tool bar of filters. */
final class ReaderMenus {

    private final ReaderView view;
    private final ReaderViewModel vm;
    private final ThemeAndZoom looks;
    private final FileActions files;
    private final MenuItem exportPdf = new MenuItem("Export Annotated PDF…");
    private final CheckComboBox<Verdict> verdicts = new CheckComboBox<>();
    private final CheckComboBox<Article> outlets = new CheckComboBox<>();
    private AnnotatedPdfExporter exporter;
    private boolean syncing;
    /**
     * Up to this many open articles (a story whose columns are all built as it opens) the outlet
     * filter takes a change of the articles at once; with more it follows in a pulse turn of its
     * own ({@link #syncOutletsLater}). Deferred with nine articles too, it measured no better there
     * (the UI thread's work in the worst stall was rather higher, 8 interleaved runs each).
     */
    private static final int SYNC_AT_ONCE_UP_TO = 12;
    /** True while the outlet filter still lists the articles before the last change ({@link #syncOutletsLater}). */
    private boolean outletsStale;

    ReaderMenus(ReaderView view, ReaderViewModel vm, ThemeAndZoom looks, FileActions files) {
        this.view = view;
        this.files = files;
        this.vm = vm;
        this.looks = looks;
        exportPdf.setId("menu-export-pdf");
        exportPdf.setDisable(true);
        exportPdf.setOnAction(e -> exportPdf());
    }

    void setExporter(AnnotatedPdfExporter exporter) {
        this.exporter = exporter;
        exportPdf.setDisable(exporter == null);
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), viewMenu(), navigateMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("Open Articles…", "Shortcut+O", "menu-open", () -> files.openFiles(true)),
                item("Open Folder…", "Shortcut+Shift+O", "menu-open-folder", files::openFolder),
                item("Add Articles…", "Shortcut+Shift+A", "menu-add", () -> files.openFiles(false)),
                item("Open Links…", "Shortcut+L", "menu-open-links", () -> files.openLinks(true)),
                item("Add Links…", "Shortcut+Shift+L", "menu-add-links", () -> files.openLinks(false)),
                item("Paste Article from Clipboard", "Shortcut+Shift+V", "menu-paste", files::pasteArticle),
                item("Open Example Story", null, "menu-example", vm::openExample),
                new RecentMenu(vm).menu(),
                new SeparatorMenuItem(),
                item("Close Article", "Shortcut+W", "menu-close-article",
                        () -> view.focusedColumn().ifPresent(c -> vm.close(c.id()))),
                new SeparatorMenuItem(),
                item("Save Story As…", "Shortcut+Shift+S", "menu-save-story", files::saveStoryAs),
                exportPdf,
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", "menu-quit", () -> window().fireEvent(
                        new javafx.stage.WindowEvent(window(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        return file;
    }

    private Menu editMenu() {
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("Undo", "Shortcut+Z", "menu-undo", this::undo),
                new SeparatorMenuItem(),
                item("Find…", "Shortcut+F", "menu-find", view::openFind),
                item("Add Note to Selection", "Shortcut+M", "menu-add-note", view::addNoteOnSelection),
                item("Rename Outlet…", "F2", "menu-rename-outlet", view::renameFocusedOutlet),
                item("Compare Again", "F5", "menu-recompute", vm::recompute));
        return edit;
    }

    /** In a text field (e.g. a note being edited) Ctrl+Z undoes typing; elsewhere the last close or delete. */
    private void undo() {
        Node focused = view.root().getScene() == null ? null : view.root().getScene().getFocusOwner();
        if (focused instanceof javafx.scene.control.TextInputControl text && text.isEditable()) {
            text.undo();
        } else {
            vm.undo();
        }
    }

    private Menu viewMenu() {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light Theme");
        light.setId("menu-theme-light");
        RadioMenuItem dark = new RadioMenuItem("Dark Theme");
        dark.setId("menu-theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (looks.theme().equals("dark") ? dark : light).setSelected(true);
        light.setOnAction(e -> looks.setTheme("light"));
        dark.setOnAction(e -> looks.setTheme("dark"));
        Menu menu = new Menu("_View");
        CheckMenuItem side = new CheckMenuItem("Side Panel");
        side.setId("menu-side-panel");
        side.setAccelerator(KeyCombination.keyCombination("F9"));
        side.setSelected(true);
        side.setOnAction(e -> view.setSidePanelShown(side.isSelected()));
        CheckMenuItem sync = new CheckMenuItem("Synchronise Scrolling");
        sync.setId("menu-sync-scroll");
        sync.selectedProperty().bindBidirectional(view.columnsPane().scrollSync().enabledProperty());
        menu.getItems().addAll(light, dark, new SeparatorMenuItem(), side,
                shownToggle("Overview", "menu-overview", view::setOverviewShown),
                shownToggle("Key", "menu-key", view::setKeyShown), sync, new SeparatorMenuItem(),
                item("Zoom In", "Shortcut+=", "menu-zoom-in", () -> looks.zoomBy(1.1)),
                item("Zoom Out", "Shortcut+-", "menu-zoom-out", () -> looks.zoomBy(1 / 1.1)),
                item("Actual Size", "Shortcut+0", "menu-zoom-reset", () -> looks.setZoom(1)),
                new SeparatorMenuItem(),
                item("Move Column Left", "Shortcut+Shift+LEFT", "menu-move-left",
                        () -> view.focusedColumn().ifPresent(c -> vm.move(c.id(), -1))),
                item("Move Column Right", "Shortcut+Shift+RIGHT", "menu-move-right",
                        () -> view.focusedColumn().ifPresent(c -> vm.move(c.id(), 1))),
                new SeparatorMenuItem(),
                item("Compare Two Outlets…", "Shortcut+Shift+P", "menu-compare-two", view.pair()::showPair),
                allColumns());
        return menu;
    }

    /** A View menu item, checked at first, that hides a part of the window to give its height to the text. */
    private static CheckMenuItem shownToggle(String text, String id, java.util.function.Consumer<Boolean> show) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(true);
        item.selectedProperty().addListener((o, was, now) -> show.accept(now));
        return item;
    }

    private MenuItem allColumns() {
        MenuItem back = item("All Columns", null, "menu-all-columns", view.pair()::showColumns);
        back.disableProperty().bind(view.pair().shownProperty().not());
        return back;
    }

    private Menu navigateMenu() {
        Menu nav = new Menu("_Navigate");
        nav.getItems().addAll(
                item("Next Discrepancy", "F8", "menu-next-discrepancy", this::nextDiscrepancy),
                item("Previous Discrepancy", "Shift+F8", "menu-previous-discrepancy", this::previousDiscrepancy),
                conflictsOnly());
        return nav;
    }

    /** Whether F8 and the navigator leave out the claims whose values merely differ. */
    private CheckMenuItem conflictsOnly() {
        CheckMenuItem only = new CheckMenuItem("Step Through Conflicts Only");
        only.setId("menu-conflicts-only");
        only.selectedProperty().bindBidirectional(vm.conflictsOnlyProperty());
        return only;
    }

    /** In the pair view, the keys and buttons step through its differing rows instead. */
    private void nextDiscrepancy() {
        if (!view.pair().nextDifference()) {
            vm.nextDiscrepancy();
        }
    }

    private void previousDiscrepancy() {
        if (!view.pair().previousDifference()) {
            vm.previousDiscrepancy();
        }
    }

    private Menu helpMenu() {
        Menu help = new Menu("_Help");
        help.getItems().addAll(
                item("Keyboard Shortcuts", "F1", "menu-shortcuts", () -> HelpDialogs.shortcuts(window())),
                item("About Parallax", null, "menu-about", () -> HelpDialogs.about(window())));
        return help;
    }

    private MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    ToolBar toolBar() {
        verdicts.setId("verdict-filter");
        verdicts.getItems().setAll(Verdict.values());
        verdicts.setConverter(converter(VerdictStyle::label));
        verdicts.setTitle("Highlight");
        verdicts.setShowCheckedCount(true);
        verdicts.getCheckModel().checkAll();
        verdicts.getCheckModel().getCheckedItems().addListener((ListChangeListener<Verdict>) c ->
                vm.shownVerdicts().retainAll(verdicts.getCheckModel().getCheckedItems()));
        verdicts.getCheckModel().getCheckedItems().addListener((ListChangeListener<Verdict>) c ->
                vm.shownVerdicts().addAll(verdicts.getCheckModel().getCheckedItems()));
        verdicts.setTooltip(new Tooltip("Which verdicts are highlighted"));
        outlets.setId("outlet-filter");
        outlets.setConverter(converter(Article::outlet));
        outlets.setTitle("Outlets");
        outlets.setShowCheckedCount(true);
        outlets.setTooltip(new Tooltip("Which outlets have a column"));
        vm.articles().addListener((ListChangeListener<Article>) c -> {
            if (vm.articles().size() > SYNC_AT_ONCE_UP_TO) {
                syncOutletsLater();
            } else {
                syncOutlets();
            }
        });
        outlets.getCheckModel().getCheckedItems().addListener((ListChangeListener<Article>) c -> outletsChanged());
        Button prev = new Button("◀");
        prev.setId("tool-prev-discrepancy");
        prev.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.discrepancies()));
        prev.setTooltip(new Tooltip("Previous discrepancy (Shift+F8)"));
        prev.setOnAction(e -> previousDiscrepancy());
        Button next = new Button("Next discrepancy ▶");
        next.setId("tool-next-discrepancy");
        next.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.discrepancies()));
        next.setTooltip(new Tooltip("Next discrepancy (F8)"));
        next.setOnAction(e -> nextDiscrepancy());
        Label title = new Label();
        title.getStyleClass().add("story-title");
        title.textProperty().bind(vm.storyTitleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(title, spacer, new Label("Highlight:"), verdicts, new Label("Show:"), outlets, prev, next);
        bar.setId("tool-bar");
        return bar;
    }

    /**
     * Brings the outlet filter up to date in a turn and a layout pulse of its own
     * ({@link app.parallax.ui.tasks.PulseTurns}), once however often asked. Listing and checking 60
     * articles in the drop-down took 15 ms of the UI thread, and its new text a layout, in the
     * turn that opened a long story and put its 60 column stand-ins in the row; that turn and its
     * pulse were the longest the window kept a click waiting. Until then the filter ignores
     * clicks on its stale list.
     */
    private void syncOutletsLater() {
        if (outletsStale) {
            return;
        }
        outletsStale = true;
        app.parallax.ui.tasks.PulseTurns.run(outlets.getScene(), () -> {
            if (outletsStale) {
                syncOutlets();
            }
        });
    }

    private void syncOutlets() {
        outletsStale = false;
        syncing = true;
        try {
            // clear first: checks of articles no longer open would otherwise stay counted ("9/2")
            outlets.getCheckModel().clearChecks();
            outlets.getItems().setAll(vm.articles());
            // by index and in one change: checking article by article looked each up by equals and
            // worded the drop-down's text again each time, tens of milliseconds with 60 articles
            int[] shown = java.util.stream.IntStream.range(0, vm.articles().size())
                    .filter(i -> !vm.hiddenArticles().contains(vm.articles().get(i).id())).toArray();
            if (shown.length > 0) {
                outlets.getCheckModel().checkIndices(shown);
            }
        } finally {
            syncing = false;
        }
    }

    private void outletsChanged() {
        if (syncing || outletsStale) {
            return;
        }
        List<Article> checked = List.copyOf(outlets.getCheckModel().getCheckedItems());
        for (Article a : vm.articles()) {
            if (checked.contains(a)) {
                vm.hiddenArticles().remove(a.id());
            } else {
                vm.hiddenArticles().add(a.id());
            }
        }
    }

    private void exportPdf() {
        if (exporter == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Annotated PDF");
        chooser.setInitialFileName(vm.suggestedPdfName());
        if (vm.storyFolderProperty().get() != null && java.nio.file.Files.isDirectory(vm.storyFolderProperty().get())) {
            chooser.setInitialDirectory(vm.storyFolderProperty().get().toFile());
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File target = chooser.showSaveDialog(window());
        if (target != null) {
            vm.export(exporter, target.toPath());
        }
    }

    private Window window() {
        return view.root().getScene().getWindow();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    Node verdictFilter() {
        return verdicts;
    }
}
