package app.parallax.ui;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menus, filters, legend, problem banner, the article columns with
 * connector bands, the overview matrix, the navigator and notes panels, and the status bar. It
 * observes a {@link ReaderViewModel} and displays its {@link ComparisonResult}.
 */
public final class ReaderView {

    /**
     * Wide enough at zoom 1 that no word of ordinary news text has to break (about 22 characters
     * a line); more columns than fit scroll sideways.
     */
    static final double MIN_COLUMN = 205;
    private static final double SIDE_WIDTH = 270;

    private final ReaderViewModel vm;
    private final BorderPane root = new BorderPane();
    private final HBox columnsBox = new HBox();
    private final ScrollPane columnsScroll = new ScrollPane(columnsBox);
    private final Map<String, ArticleColumnView> columns = new LinkedHashMap<>();
    private final List<ConnectorBand> bands = new ArrayList<>();
    private final OverviewMatrixView matrix;
    private final NavigatorView navigator;
    private final NotesView notesView;
    private final TabPane sideTabs = new TabPane();
    private final SplitPane split = new SplitPane();
    private final PassagePopover popover = new PassagePopover();
    private final ColumnAligner aligner = new ColumnAligner(columnsScroll, columnsBox);
    private final ReaderMenus menus;
    private final FileActions files;
    private final ThemeAndZoom looks;
    private final FindBar findBar = new FindBar(findHost());
    private ArticleColumnView lastFocused;
    private boolean bandsDirty;
    private int relevelPasses;
    private static final int RELEVEL_PASSES = 4;
    private long shownAt;
    private long timeToHighlightsNanos = -1;
    private Runnable onFirstHighlights = () -> { };

    public ReaderView(ReaderViewModel vm, Settings settings) {
        this.vm = vm;
        this.looks = new ThemeAndZoom(settings.theme(), settings.zoom());
        this.matrix = new OverviewMatrixView((claim, articleId) -> vm.focusClaim(claim, articleId));
        this.navigator = new NavigatorView(vm);
        this.notesView = new NotesView(vm, this::addNoteOnSelection, this::revealNote);
        this.files = new FileActions(vm, () -> root.getScene().getWindow());
        this.menus = new ReaderMenus(this, vm, looks, files);
        build();
        listen();
    }

    /** The root node, for a scene. */
    public Parent root() {
        return root;
    }

    /** A scene with the theme's sheets, keyboard shortcuts, drag-and-drop and connector redraws. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        looks.attach(scene, root, columnsBox);
        looks.onChange(this::relevelLater);
        files.acceptDrops(scene);
        scene.addPostLayoutPulseListener(this::redrawBandsIfDirty);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::zoomKeys);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::moveColumnKeys);
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::cancelFetchKey);
        scene.windowProperty().addListener((o, was, w) -> {
            if (w != null) {
                w.setOnShown(e -> {
                    shownAt = System.nanoTime();
                    split.setDividerPositions(Math.max(0.5, 1 - SIDE_WIDTH / Math.max(1, scene.getWidth())));
                });
            }
        });
        return scene;
    }

    /** Shows or hides the Discrepancies/Notes panel, giving its room to the columns. */
    void setSidePanelShown(boolean shown) {
        boolean now = split.getItems().contains(sideTabs);
        if (shown && !now) {
            split.getItems().add(sideTabs);
            split.setDividerPositions(Math.max(0.5, 1 - SIDE_WIDTH / Math.max(1, split.getWidth())));
        } else if (!shown && now) {
            split.getItems().remove(sideTabs);
        }
    }

    boolean sidePanelShown() {
        return split.getItems().contains(sideTabs);
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

    /** Runs {@code action} on the FX thread whenever the theme or zoom changes. */
    public void setOnLooksChanged(Runnable action) {
        looks.setOnChange(action);
    }

    /** The current theme and zoom, folded into {@code base}. */
    public Settings settings(Settings base) {
        return base.withTheme(looks.theme()).withZoom(looks.zoom());
    }

    // ---- building

    private void build() {
        columnsBox.setId("columns");
        columnsBox.getStyleClass().add("columns");
        columnsScroll.setFitToHeight(true);
        columnsScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        columnsScroll.getStyleClass().add("columns-scroll");
        columnsScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            sizeColumns();
            relevelLater();
        });
        columnsScroll.hvalueProperty().addListener((o, was, now) -> markBandsDirty());
        VBox.setVgrow(columnsScroll, Priority.ALWAYS);
        Label empty = new Label("No articles open. Open articles with File ▸ Open Articles… (Ctrl+O) or Open Folder…, "
                + "drop files here, or paste one from the clipboard (Ctrl+Shift+V).");
        empty.setId("empty-hint");
        empty.getStyleClass().add("empty-hint");
        empty.setWrapText(true);
        empty.setMinHeight(Region.USE_PREF_SIZE);
        empty.setMaxWidth(Double.MAX_VALUE);
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.articles()));
        empty.managedProperty().bind(empty.visibleProperty());
        Label single = new Label("Only one article is open: add another (File ▸ Add Articles…, Ctrl+Shift+A, "
                + "or paste one with Ctrl+Shift+V) to see where the outlets agree and differ.");
        single.setId("single-article-hint");
        single.getStyleClass().add("single-hint");
        single.setWrapText(true);
        single.setMinHeight(Region.USE_PREF_SIZE);
        single.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.articles()).isEqualTo(1));
        single.managedProperty().bind(single.visibleProperty());
        VBox reading = new VBox(findBar.node(), empty, single, columnsScroll, matrix.node());
        reading.getStyleClass().add("reading-area");
        Tab nav = new Tab("Discrepancies", navigator.node());
        nav.setId("tab-discrepancies");
        Tab notes = new Tab("Notes", notesView.node());
        notes.setId("tab-notes");
        sideTabs.getTabs().addAll(nav, notes);
        sideTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        sideTabs.setId("side-panel");
        sideTabs.setMinWidth(240);
        split.getItems().setAll(reading, sideTabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.8);
        SplitPane.setResizableWithParent(sideTabs, false);
        root.setTop(new VBox(menus.menuBar(), menus.toolBar(), new ProblemBanner(vm.problems()).node(), Legend.build()));
        root.setCenter(split);
        root.setBottom(statusBar());
        root.getStyleClass().add("reader");
    }

    private Node statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(vm.statusProperty());
        bar.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.busyProperty())
                .then(vm.progressProperty()).otherwise(0.0));
        Label folder = new Label();
        folder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.storyFolderProperty().get() == null ? "" : vm.storyFolderProperty().get().toString(),
                vm.storyFolderProperty()));
        folder.getStyleClass().add("status-folder");
        javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");
        cancel.setId("cancel-fetch");
        cancel.setTooltip(new Tooltip("Stop fetching the links (Esc); the open story stays as it is"));
        cancel.visibleProperty().bind(vm.fetchingProperty());
        cancel.managedProperty().bind(vm.fetchingProperty());
        cancel.setOnAction(e -> vm.cancelFetch());
        bar.getRightItems().addAll(cancel, folder);
        return bar;
    }

    private void listen() {
        vm.articles().addListener((ListChangeListener<Article>) c -> rebuildColumns());
        vm.resultProperty().addListener((o, was, now) -> showResult(now));
        vm.hiddenArticles().addListener((SetChangeListener<String>) c -> {
            rebuildColumns();
            relevelLater();
        });
        vm.shownVerdicts().addListener((SetChangeListener<Verdict>) c -> {
            refresh();
            relevelLater();
        });
        vm.hoveredPassageProperty().addListener((o, was, now) -> refreshHighlights());
        vm.selectedClaimProperty().addListener((o, was, now) -> refresh());
        vm.focusProperty().addListener((o, was, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
        vm.selectedClaimProperty().addListener((o, was, now) -> {
            if (now == null) {
                relevelPasses = 0;
            }
        });
        vm.notes().addListener((ListChangeListener<Note>) c -> {
            columns.values().forEach(col -> col.setNotes(vm.notes()));
            refreshHighlights();
        });
    }

    // ---- columns

    private void rebuildColumns() {
        Map<String, ArticleColumnView> old = new LinkedHashMap<>(columns);
        columns.clear();
        for (Article a : vm.articles()) {
            ArticleColumnView existing = old.get(a.id());
            ArticleColumnView col = existing != null && existing.article().equals(a) ? existing
                    : new ArticleColumnView(a, columnEvents);
            columns.put(a.id(), col);
            if (col != existing) {
                col.showResult(vm.result());
                col.setNotes(vm.notes());
                col.area().estimatedScrollYProperty().addListener((ob, w, n) -> markBandsDirty());
                col.area().focusedProperty().addListener((ob, w, n) -> {
                    if (n) {
                        lastFocused = col;
                    }
                });
            }
        }
        if (lastFocused != null && !columns.containsValue(lastFocused)) {
            lastFocused = columns.get(lastFocused.id());
        }
        layoutColumns();
        findBar.refresh();
        refresh();
    }

    private void layoutColumns() {
        List<Node> children = new ArrayList<>();
        bands.clear();
        ArticleColumnView previous = null;
        for (ArticleColumnView col : visibleColumns()) {
            if (previous != null) {
                ConnectorBand band = new ConnectorBand(previous, col);
                bands.add(band);
                children.add(band.node());
            }
            children.add(col.node());
            previous = col;
        }
        columnsBox.getChildren().setAll(children);
        sizeColumns();
        markBandsDirty();
    }

    private void sizeColumns() {
        List<ArticleColumnView> shown = visibleColumns();
        if (shown.isEmpty()) {
            return;
        }
        double viewport = columnsScroll.getViewportBounds().getWidth();
        double each = Math.max(MIN_COLUMN * looks.zoom(), Math.floor((viewport - 2 - bands.size() * ConnectorBand.WIDTH) / shown.size()));
        for (ArticleColumnView col : shown) {
            Region r = (Region) col.node();
            r.setMinWidth(each);
            r.setPrefWidth(each);
            r.setMaxWidth(each);
        }
        markBandsDirty();
    }

    List<ArticleColumnView> visibleColumns() {
        return columns.values().stream().filter(c -> !vm.hiddenArticles().contains(c.id())).toList();
    }

    private void showResult(ComparisonResult result) {
        columns.values().forEach(c -> c.showResult(result));
        refresh();
        if (timeToHighlightsNanos < 0 && !result.passages().isEmpty()) {
            timeToHighlightsNanos = System.nanoTime() - (shownAt == 0 ? System.nanoTime() : shownAt);
            System.getLogger(ReaderView.class.getName()).log(System.Logger.Level.INFO,
                    String.format("Time from window shown to highlights visible: %.0f ms", timeToHighlightsNanos / 1e6));
            onFirstHighlights.run();
        }
    }

    private void refresh() {
        refreshHighlights();
        List<Article> shown = visibleColumns().stream().map(ArticleColumnView::article).toList();
        matrix.update(vm.report(), shown, Set.copyOf(vm.shownVerdicts()), vm.selectedClaimProperty().get());
        markBandsDirty();
    }

    private void refreshHighlights() {
        app.parallax.report.StoryReport report = vm.report();
        HighlightPlan.Marks marks = new HighlightPlan.Marks(Set.copyOf(vm.shownVerdicts()), counterparts(),
                selectedPassages(), List.copyOf(vm.notes()), findBar.matches(), findBar.findCurrent());
        for (ArticleColumnView col : columns.values()) {
            col.applySpans(HighlightPlan.of(report, col.id(), col.area().getLength(), marks));
        }
        markBandsDirty();
    }

    /** The passages reporting the same claim as the hovered one, and those linked to it. */
    private Set<String> counterparts() {
        String hovered = vm.hoveredPassageProperty().get();
        if (hovered == null) {
            return Set.of();
        }
        return vm.report().counterparts(hovered);
    }

    private Set<String> selectedPassages() {
        Claim c = vm.selectedClaimProperty().get();
        return c == null ? Set.of() : Set.copyOf(c.passageIds());
    }

    private void markBandsDirty() {
        bandsDirty = true;
        javafx.application.Platform.requestNextPulse();
    }

    private void redrawBandsIfDirty() {
        if (relevelPasses > 0) {
            // text re-wraps over a few pulses after a zoom or resize, so level again until it settles
            relevelPasses--;
            relevel();
            if (relevelPasses > 0) {
                javafx.application.Platform.requestNextPulse();
            }
        }
        if (!bandsDirty) {
            return;
        }
        bandsDirty = false;
        Set<Verdict> shown = Set.copyOf(vm.shownVerdicts());
        bands.forEach(b -> b.redraw(vm.result(), shown, vm.selectedClaimProperty().get()));
    }

    List<ConnectorBand> bands() {
        return List.copyOf(bands);
    }

    Optional<ArticleColumnView> column(String articleId) {
        return Optional.ofNullable(columns.get(articleId));
    }

    // ---- bringing claims into view

    private void reveal(ReaderViewModel.Focus focus) {
        aligner.reveal(focus, vm.result(), visibleColumns(),
                focus.anchorArticleId() == null ? null : columns.get(focus.anchorArticleId()));
        markBandsDirty();
    }

    /** After a filter change, zoom or resize, the clicked claim is brought level again once laid out. */
    private void relevelLater() {
        if (vm.focusProperty().get() != null && vm.selectedClaimProperty().get() != null) {
            relevelPasses = RELEVEL_PASSES;
            javafx.application.Platform.requestNextPulse();
        }
    }

    private void relevel() {
        ReaderViewModel.Focus focus = vm.focusProperty().get();
        if (focus != null && vm.selectedClaimProperty().get() != null) {
            boolean anchorShown = focus.anchorArticleId() != null && columns.containsKey(focus.anchorArticleId())
                    && !vm.hiddenArticles().contains(focus.anchorArticleId());
            aligner.reveal(focus, vm.result(), visibleColumns(), anchorShown ? columns.get(focus.anchorArticleId()) : null);
            markBandsDirty();
        }
    }

    private void revealNote(Note note) {
        ArticleColumnView col = columns.get(note.articleId());
        if (col == null || note.range().end() > col.area().getLength()) {
            return;
        }
        col.area().showParagraphInViewport(col.paragraphOf(note.range().start()));
        // the caret, not a selection: a selection left behind would make Ctrl+M add the note again
        col.area().moveTo(note.range().start());
        aligner.scrollIntoView(col);
    }

    // ---- notes, files

    /** Adds a note on the selection of the last focused column and opens it for editing. */
    void addNoteOnSelection() {
        ArticleColumnView col = lastFocused != null ? lastFocused : columns.values().stream()
                .filter(c -> c.selection().getLength() > 0).findFirst().orElse(null);
        if (col == null || col.selection().getLength() == 0) {
            vm.problems().add("Select some text in a column first, then add a note.");
            return;
        }
        IndexRange sel = col.selection();
        Note note = vm.addNote(col.id(), sel.getStart(), sel.getEnd(), "");
        if (note != null) {
            col.area().deselect();
            setSidePanelShown(true);
            sideTabs.getSelectionModel().select(1);
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
                return visibleColumns().stream().map(ArticleColumnView::article).toList();
            }

            @Override
            public void matchesChanged() {
                refreshHighlights();
            }

            @Override
            public void reveal(FindModel.Match match) {
                column(match.articleId()).ifPresent(col -> revealFound(col, match));
            }

            @Override
            public void closed() {
                focusedColumn().ifPresent(col -> col.area().requestFocus());
            }
        };
    }

    private void revealFound(ArticleColumnView col, FindModel.Match match) {
        if (match.end() > col.area().getLength()) {
            return;
        }
        col.area().showParagraphInViewport(col.paragraphOf(match.start()));
        col.area().selectRange(match.start(), match.end());
        col.area().requestFollowCaret();
        lastFocused = col;
        aligner.scrollIntoView(col);
    }

    Optional<ArticleColumnView> focusedColumn() {
        return Optional.ofNullable(lastFocused);
    }

    /** Ctrl + and Ctrl − as typed on any keyboard (the menu shows Ctrl+= and Ctrl+-). */
    private void zoomKeys(javafx.scene.input.KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        switch (e.getCode()) {
            case PLUS, ADD -> looks.zoomBy(1.1);
            case SUBTRACT -> looks.zoomBy(1 / 1.1);
            case NUMPAD0 -> looks.setZoom(1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Esc stops a running link fetch; otherwise it does what it did before (closes a popup, a dialog). */
    private void cancelFetchKey(javafx.scene.input.KeyEvent e) {
        if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && vm.fetchingProperty().get()) {
            vm.cancelFetch();
            e.consume();
        }
    }

    /** Ctrl+Shift+←/→ move the focused column even while its text (which would extend the selection) has focus. */
    private void moveColumnKeys(javafx.scene.input.KeyEvent e) {
        boolean arrow = e.getCode() == javafx.scene.input.KeyCode.LEFT || e.getCode() == javafx.scene.input.KeyCode.RIGHT;
        if (arrow && e.isShortcutDown() && e.isShiftDown() && lastFocused != null) {
            vm.move(lastFocused.id(), e.getCode() == javafx.scene.input.KeyCode.LEFT ? -1 : 1);
            e.consume();
        }
    }

    // ---- pointer events from columns

    private final ArticleColumnView.Events columnEvents = new ArticleColumnView.Events() {
        @Override
        public void hover(ArticleColumnView column, String passageId, double screenX, double screenY) {
            String was = vm.hoveredPassageProperty().get();
            if (passageId == null) {
                popover.hide();
            }
            if (passageId != null && !passageId.equals(was)) {
                popover.show(column.area(), vm.report(), passageId, screenX, screenY);
            }
            vm.hoveredPassageProperty().set(passageId);
        }

        @Override
        public void hoverNote(ArticleColumnView column, Note note, double screenX, double screenY) {
            vm.hoveredPassageProperty().set(null);
            popover.showNote(column.area(), note, screenX, screenY);
        }

        @Override
        public void click(ArticleColumnView column, String passageId) {
            lastFocused = column;
            vm.focusPassage(passageId);
        }

        @Override
        public void addNote(ArticleColumnView column) {
            lastFocused = column;
            addNoteOnSelection();
        }

        @Override
        public void move(ArticleColumnView column, int delta) {
            vm.move(column.id(), delta);
        }

        @Override
        public void close(ArticleColumnView column) {
            vm.close(column.id());
        }

        @Override
        public void renameOutlet(ArticleColumnView column) {
            lastFocused = column;
            renameFocusedOutlet();
        }
    };

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

    Tooltip popover() {
        return popover.tooltip();
    }

    ThemeAndZoom looks() {
        return looks;
    }
}
