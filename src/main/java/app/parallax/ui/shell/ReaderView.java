package app.parallax.ui.shell;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.ui.columns.ArticleColumnView;
import app.parallax.ui.columns.ColumnsPane;
import app.parallax.ui.columns.ConnectorBand;
import app.parallax.ui.columns.PassagePopover;
import app.parallax.ui.find.FindBar;
import app.parallax.ui.find.FindModel;
import app.parallax.ui.model.AnnotatedPdfExporter;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.navigator.NavigatorView;
import app.parallax.ui.notes.NotesView;
import app.parallax.ui.overview.OverviewMatrixView;
import app.parallax.ui.pair.PairSwitch;
import app.parallax.ui.settings.Settings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menus, filters, legend, problem banner, the article columns with
 * connector bands ({@link ColumnsPane}), the overview matrix, the navigator and notes panels, and
 * the status bar. It wires these parts to one {@link ReaderViewModel} and displays its
 * {@link ComparisonResult}; the parts never talk to each other directly.
 */
public final class ReaderView {

    /** The narrowest a column gets at zoom 1; see {@link ColumnsPane#MIN_COLUMN}. */
    public static final double MIN_COLUMN = ColumnsPane.MIN_COLUMN;

    private final ReaderViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ColumnsPane columns;
    private final OverviewMatrixView matrix;
    private final NavigatorView navigator;
    private final NotesView notesView;
    private final SidePanel side;
    private final PassagePopover popover = new PassagePopover();
    private final ReaderMenus menus;
    private final FileActions files;
    private final ThemeAndZoom looks;
    private final FindBar findBar = new FindBar(findHost());
    private final javafx.scene.Node legend = Legend.build();
    private PairSwitch pair;
    private long shownAt;
    private long timeToHighlightsNanos = -1;
    private Runnable onFirstHighlights = () -> { };
    /** True from a new result until the overview shows it (a turn later, see {@link #showResult}). */
    private boolean matrixStale;

    public ReaderView(ReaderViewModel vm, Settings settings) {
        this.vm = vm;
        this.looks = new ThemeAndZoom(settings.theme(), settings.zoom());
        this.columns = new ColumnsPane(vm, new ColumnActions(vm, popover, this), looks::zoom);
        columns.scrollSync().enabledProperty().set(settings.syncScrolling());
        this.matrix = new OverviewMatrixView((claim, articleId) -> vm.focusClaim(claim, articleId));
        this.navigator = new NavigatorView(vm);
        this.notesView = new NotesView(vm, this::addNoteOnSelection, columns::revealNote);
        this.files = new FileActions(vm, () -> root.getScene().getWindow());
        this.menus = new ReaderMenus(this, vm, looks, files);
        this.side = new SidePanel(readingArea(), navigator.node(), notesView.node(), looks.zoom());
        popover.zoomTo(looks.zoom());
        build();
        listen();
    }

    /** Stops the view's own background thread (highlight plans); call when the window closes. */
    public void close() {
        columns.close();
    }

    /** The root node, for a scene. */
    public Parent root() {
        return root;
    }

    /** A scene with the theme's sheets, keyboard shortcuts, drag-and-drop and connector redraws. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        looks.attach(scene, root, columns.row());
        looks.onChange(() -> {
            columns.sizeColumns();
            side.zoomTo(looks.zoom());
            popover.zoomTo(looks.zoom());
            columns.relevelLater();
        });
        files.acceptDrops(scene);
        scene.addPostLayoutPulseListener(columns::afterLayout);
        app.parallax.ui.tasks.OffViewRepaints.install(scene, root);
        new ReaderKeys(vm, looks, columns).install(scene);
        scene.windowProperty().addListener((o, was, w) -> {
            if (w != null) {
                new UnsavedWork(vm, files).install(w);
                w.focusedProperty().addListener((f, had, has) -> {
                    if (!has) {
                        // a dialog (Add Links, Paste Article, a file chooser) or another application in
                        // front: the popup, a window of its own, would stay on top and cover its fields
                        popover.hide();
                    }
                });
                w.setOnShown(e -> {
                    shownAt = System.nanoTime();
                    side.placeFor(scene.getWidth());
                });
            }
        });
        return scene;
    }

    /** Shows or hides the Discrepancies/Notes panel, giving its room to the columns. */
    void setSidePanelShown(boolean shown) {
        side.setShown(shown);
    }

    /** View ▸ Overview: hides or shows the overview matrix; its height goes to the columns. */
    void setOverviewShown(boolean shown) {
        showOrCollapse(matrix.node(), shown);
    }

    /** View ▸ Key: hides or shows the key row of highlight colours; its height goes to the columns. */
    void setKeyShown(boolean shown) {
        showOrCollapse(legend, shown);
    }

    private static void showOrCollapse(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    boolean sidePanelShown() {
        return side.isShown();
    }

    /**
     * Lays out {@code firstFrame} (the scene's snapshot before the window shows) with the navigator
     * holding made-up rows, so that the code and styles of its cells are warm for the first result
     * ({@link NavigatorView#warmUp()}); the rows are gone again before it returns.
     */
    public void withNavigatorWarmUp(Runnable firstFrame) {
        navigator.warmUp();
        try {
            firstFrame.run();
        } finally {
            navigator.endWarmUp();
        }
    }

    /** Enables File ▸ Export Annotated PDF… with this exporter (null disables it). */
    public void setAnnotatedPdfExporter(AnnotatedPdfExporter exporter) {
        menus.setExporter(exporter);
    }

    /** Runs once, when highlights of the first non-empty result are on screen. */
    public void setOnFirstHighlights(Runnable action) {
        onFirstHighlights = action;
    }

    /** Nanoseconds from the window being shown to the first highlights applied; -1 before. */
    public long timeToHighlightsNanos() {
        return timeToHighlightsNanos;
    }

    /** Runs {@code action} on the FX thread whenever a view setting (theme, zoom, synchronised scrolling) changes. */
    public void setOnViewSettingsChanged(Runnable action) {
        looks.setOnChange(action);
        columns.scrollSync().enabledProperty().addListener((o, was, now) -> action.run());
    }

    /** The current view settings (theme, zoom, synchronised scrolling), folded into {@code base}. */
    public Settings settings(Settings base) {
        return base.withTheme(looks.theme()).withZoom(looks.zoom())
                .withSyncScrolling(columns.scrollSync().enabledProperty().get());
    }

    /** The find bar, hints, columns and overview matrix, left of the side panel. */
    private VBox readingArea() {
        VBox.setVgrow(columns.node(), Priority.ALWAYS);
        VBox reading = new VBox(findBar.node(), StatusLine.emptyHint(vm), StatusLine.exampleHint(vm),
                StatusLine.singleArticleHint(vm),
                columns.node(), matrix.node());
        reading.getStyleClass().add("reading-area");
        pair = new PairSwitch(reading, List.of(columns.node(), matrix.node()), vm.reportProperty(),
                new PairWindow(vm, columns));
        pair.shownProperty().addListener((o, was, now) -> findBar.refresh());
        pair.model().leftIdProperty().addListener((o, was, now) -> findBar.refresh());
        pair.model().rightIdProperty().addListener((o, was, now) -> findBar.refresh());
        return reading;
    }

    private void build() {
        root.setTop(new VBox(menus.menuBar(), menus.toolBar(), new ProblemBanner(vm.problems()).node(), legend));
        root.setCenter(side.node());
        root.setBottom(StatusLine.statusBar(vm));
        root.getStyleClass().add("reader");
    }

    private void listen() {
        vm.articles().addListener((ListChangeListener<Article>) c -> rebuildColumns(everyArticleNew(c)));
        vm.resultProperty().addListener((o, was, now) -> showResult(now));
        vm.hiddenArticles().addListener((SetChangeListener<String>) c -> {
            rebuildColumns(false);
            columns.relevelLater();
        });
        vm.shownVerdicts().addListener((SetChangeListener<Verdict>) c -> {
            refresh();
            columns.relevelLater();
        });
        vm.hoveredPassageProperty().addListener((o, was, now) -> refreshHighlights());
        vm.selectedClaimProperty().addListener((o, was, now) -> refresh());
        vm.focusProperty().addListener((o, was, now) -> {
            if (now != null) {
                columns.reveal(now);
            }
        });
        vm.notes().addListener((ListChangeListener<Note>) c -> {
            columns.showNotes();
            refreshHighlights();
        });
    }

    /**
     * Matches the columns to the open and shown articles. When a story has opened the overview
     * follows in a turn and a pulse of its own: its first cells were styled in the pulse that also
     * placed every column or stand-in. Otherwise (a filter, a closed or moved column) it changes at
     * once, so that its new height and the columns' never come apart while the text is levelled.
     */
    private void rebuildColumns(boolean storyOpened) {
        columns.rebuild();
        findBar.refresh();
        if (storyOpened) {
            refreshHighlights();
            matrixLater();
            columns.markBandsDirty();
        } else {
            refresh();
        }
    }

    /** True when a change of the articles put in all of them at once: a story opened. */
    private static boolean everyArticleNew(ListChangeListener.Change<? extends Article> c) {
        boolean all = c.next() && c.getFrom() == 0 && c.getAddedSize() == c.getList().size();
        c.reset();
        return all;
    }

    /**
     * Shows a new result: the columns' headers and highlights now, the overview and the navigator's
     * list each in a turn and a layout pulse of its own ({@link app.parallax.ui.tasks.PulseTurns}).
     * All in one turn, their new nodes were styled and laid out in one pulse, the longest the
     * window kept a click waiting while a story opened.
     */
    private void showResult(ComparisonResult result) {
        columns.showResult(result);
        refreshHighlights();
        columns.markBandsDirty();
        matrixLater();
        if (timeToHighlightsNanos < 0 && !result.passages().isEmpty()) {
            timeToHighlightsNanos = System.nanoTime() - (shownAt == 0 ? System.nanoTime() : shownAt);
            onFirstHighlights.run();
        }
    }

    /** Updates the overview in a turn and a layout pulse of its own (once, however often asked). */
    private void matrixLater() {
        if (!matrixStale) {
            matrixStale = true;
            app.parallax.ui.tasks.PulseTurns.run(root.getScene(), () -> {
                if (matrixStale) {
                    updateMatrix();
                }
            });
        }
    }

    private void refresh() {
        refreshHighlights();
        updateMatrix();
        columns.markBandsDirty();
    }

    private void updateMatrix() {
        matrixStale = false;
        matrix.update(vm.report(), shownArticles(), Set.copyOf(vm.shownVerdicts()), vm.selectedClaimProperty().get());
    }

    /**
     * True when no re-levelling of the columns after a filter change, zoom, resize or dragged
     * divider is under way ({@link ColumnsPane#settled}). For tests.
     */
    public boolean columnsSettled() {
        return columns.settled();
    }

    /**
     * True when the overview, the navigator and the headers of columns out of view show the current
     * result: they take a new one a turn or two after the columns in view ({@link #showResult}).
     * For tests.
     */
    public boolean resultShownInFull() {
        return !matrixStale && matrix.filled() && navigator.upToDate() && columns.headersShown();
    }

    private void refreshHighlights() {
        columns.refreshHighlights(findBar.matches(), findBar.findCurrent());
    }

    /** The open articles not hidden by the outlet filter, in column order (their columns may still be being built). */
    private List<Article> shownArticles() {
        return vm.articles().stream().filter(a -> !vm.hiddenArticles().contains(a.id())).toList();
    }

    /** The shown columns, left to right. */
    public List<ArticleColumnView> visibleColumns() {
        return columns.visibleColumns();
    }

    /** The bands between neighbouring shown columns. */
    public List<ConnectorBand> bands() {
        return columns.bands();
    }

    /** The column of an open article, hidden or not. */
    public Optional<ArticleColumnView> column(String articleId) {
        return columns.column(articleId);
    }

    /** View ▸ Compare Two Outlets…: the pair view, shown in place of the columns and the overview. */
    public PairSwitch pair() {
        return pair;
    }

    ColumnsPane columnsPane() {
        return columns;
    }

    /** Adds a note on the selection of the last focused column and opens it for editing. */
    void addNoteOnSelection() {
        ArticleColumnView col = columns.focusedColumn().orElse(columns.allColumns().stream()
                .filter(c -> c.selection().getLength() > 0).findFirst().orElse(null));
        if (col == null || col.selection().getLength() == 0) {
            vm.problems().add("Select some text in a column first, then add a note.");
            return;
        }
        IndexRange sel = col.selection();
        Note note = vm.addNote(col.id(), sel.getStart(), sel.getEnd(), "");
        if (note != null) {
            col.area().deselect();
            setSidePanelShown(true);
            side.showNotesTab();
            notesView.edit(note);
        }
    }

    /** Edit ▸ Find… (Ctrl+F); a passage popup still up would take the bar's Esc. */
    void openFind() {
        popover.hide();
        findBar.open();
    }

    private FindBar.Host findHost() {
        return new FindBar.Host() {
            @Override
            public List<Article> shownArticles() {
                List<String> pairIds = pair.pairArticleIds();
                if (!pairIds.isEmpty()) {
                    return pairIds.stream().flatMap(id -> vm.articles().stream().filter(a -> a.id().equals(id))).toList();
                }
                return ReaderView.this.shownArticles();
            }

            @Override
            public void matchesChanged() {
                refreshHighlights();
            }

            @Override
            public void reveal(FindModel.Match match) {
                if (pair.shownProperty().get()) {
                    vm.result().passageAt(match.articleId(), match.start()).map(Passage::id).ifPresent(pair::revealPassage);
                } else {
                    columns.revealFound(match);
                }
            }

            @Override
            public void closed() {
                focusedColumn().ifPresent(col -> col.area().requestFocus());
            }
        };
    }

    /** The column the user last worked in, if any. */
    public Optional<ArticleColumnView> focusedColumn() {
        return columns.focusedColumn();
    }

    /** Asks for a new outlet name for the focused column's article; says so when no column has focus. */
    void renameFocusedOutlet() {
        Optional<ArticleColumnView> column = focusedColumn();
        if (column.isEmpty()) {
            vm.problems().add("Click into a column first, then choose Rename Outlet.");
            return;
        }
        Article a = column.get().article();
        OutletDialog.ask(root.getScene().getWindow(), a).ifPresent(name -> vm.renameOutlet(a.id(), name));
    }

    /** The passage popup, for tests and the screenshot mode. */
    public Tooltip popover() {
        return popover.tooltip();
    }

    ThemeAndZoom looks() {
        return looks;
    }
}
