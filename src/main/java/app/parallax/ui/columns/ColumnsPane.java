package app.parallax.ui.columns;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.report.StoryReport;
import app.parallax.ui.find.FindModel;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.tasks.Background;
import app.parallax.ui.tasks.PulseTurns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The row of article columns with connector bands between neighbours, in a sideways scroll pane:
 * it keeps one {@link ArticleColumnView} per open article (reused while the article is unchanged;
 * in a long story a stand-in of its width until it is scrolled near, see {@link ColumnPlaceholders}),
 * sizes the shown ones to share the width, applies highlights, redraws the bands after layout and
 * brings a focused claim level. It reads the {@link ReaderViewModel} and never changes a result.
 */
public final class ColumnsPane {

    /**
     * Wide enough at zoom 1 that no word of ordinary news text has to break (about 22 characters
     * a line); more columns than fit scroll sideways.
     */
    public static final double MIN_COLUMN = 205;
    /** Text re-wraps over a few pulses after a zoom or resize: level the claim again on each. */
    private static final int RELEVEL_PASSES = 4;
    /**
     * New columns built at once (a usual story, such as the bundled one of five outlets, appears
     * whole); a story with more builds the rest one a turn of the UI thread. Building a column
     * (RichTextFX area, CSS, first layout of its visible text) takes tens of milliseconds, so
     * more at once would keep the window from answering a click.
     */
    static final int EAGER_COLUMNS = 5;
    /** Up to this many shown articles, stand-ins out of view are built too (one a turn); beyond, only those near the view. */
    private static final int BUILD_ALL_UP_TO = 12;
    /**
     * In a story of up to this many articles (one whose columns are all built at once) all columns
     * are highlighted at once; with more, a few columns a turn, those in view first. Nine columns
     * restyled in one turn were laid out again in one pulse when a result came.
     */
    private static final int HIGHLIGHT_ALL_UP_TO = EAGER_COLUMNS;

    private final ReaderViewModel vm;
    /** Header updates of columns out of view still waiting for their pulse ({@link #showResult}). */
    private int headersPending;
    private final ArticleColumnView.Events events;
    private final DoubleSupplier zoom;
    private final HBox columnsBox = new HBox();
    private final ScrollPane columnsScroll = new ScrollPane(columnsBox);
    private final Map<String, ArticleColumnView> columns = new LinkedHashMap<>();
    private final List<ConnectorBand> bands = new ArrayList<>();
    /** The band between two columns, kept while both stay neighbours so its node is not rebuilt. */
    private final Map<String, ConnectorBand> bandsByPair = new java.util.HashMap<>();
    private final ColumnAligner aligner = new ColumnAligner(columnsScroll, columnsBox);
    private final ScrollSync sync;
    private final ColumnWidths widths = new ColumnWidths();
    private final ColumnPlaceholders placeholders = new ColumnPlaceholders();
    /** The row's fixed holders of columns and bands: building a column swaps a holder's child, not the row's. */
    private final RowSlots slots = new RowSlots();
    /** Columns built from a stand-in, which follow their neighbour's scrolling once laid out. */
    private final List<ArticleColumnView> builtLate = new ArrayList<>();
    private boolean buildScheduled;
    /** A column made off the row on one turn of the UI thread, to be put in its stand-in's place on the next. */
    private Prepared prepared;
    /** Counts changes of what built columns show (result, notes, marks): a prepared column made before one is stale. */
    private long shownVersion;
    private List<FindModel.Match> lastFound = List.of();
    private Optional<FindModel.Match> lastCurrent = Optional.empty();
    private ArticleColumnView lastFocused;
    /** The column of the last match Find showed, whose selection marks it. */
    private ArticleColumnView lastFoundColumn;
    /** A column the user just added, shown once it is laid out. */
    private ArticleColumnView revealAdded;
    private boolean bandsDirty;
    private final Background planner = Background.named("highlight-plans");
    private final DeferredHighlights deferred = new DeferredHighlights(planner);
    private int relevelPasses;
    /** What the columns level on while text re-wraps: the clicked claim, else {@link #keptLine}. */
    private boolean levelOnClaim;
    private KeptLine keptLine;

    /** @param zoom the current zoom factor, which scales the minimum column width */
    public ColumnsPane(ReaderViewModel vm, ArticleColumnView.Events events, DoubleSupplier zoom) {
        this.vm = vm;
        this.events = events;
        this.zoom = zoom;
        this.sync = new ScrollSync(this::columnsInView, this::visibleColumns, vm::report);
        columnsBox.setId("columns");
        columnsBox.getStyleClass().add("columns");
        columnsScroll.setFitToHeight(true);
        columnsScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        columnsScroll.getStyleClass().add("columns-scroll");
        UncachedViewport.install(columnsScroll);
        columnsScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            // the bounds also move with every sideways scroll: only a new size re-wraps the text
            if (was.getWidth() != now.getWidth() || was.getHeight() != now.getHeight()) {
                relevelLater();
                sizeColumns();
            }
        });
        columnsScroll.hvalueProperty().addListener((o, was, now) -> markBandsDirty());
        vm.storiesShownProperty().addListener((o, was, now) -> widths.resetAll());
        vm.selectedClaimProperty().addListener((o, was, now) -> {
            if (now == null && levelOnClaim) {
                relevelPasses = 0;
            }
        });
    }

    /** The scroll pane holding the row, for the window's layout. */
    public ScrollPane node() {
        return columnsScroll;
    }

    /** The row itself, which carries the zoomed reading font size. */
    public HBox row() {
        return columnsBox;
    }

    /**
     * Matches the columns to the view model's articles, keeping unchanged ones. Up to
     * {@value #EAGER_COLUMNS} new columns are built at once (a usual story appears whole); with more
     * (a story of 60 articles) each new one starts as a stand-in of its width, and those in view or
     * near it are built one a turn of the UI thread, nearest first, so the window keeps answering.
     */
    public void rebuild() {
        Map<String, ArticleColumnView> old = new LinkedHashMap<>(columns);
        columns.clear();
        List<Article> fresh = new ArrayList<>();
        for (Article a : vm.articles()) {
            ArticleColumnView existing = old.get(a.id());
            if (existing != null && existing.article().equals(a)) {
                columns.put(a.id(), existing);
            } else {
                fresh.add(a);
            }
        }
        placeholders.retain(vm.articles().stream().map(Article::id).collect(java.util.stream.Collectors.toSet()));
        boolean atOnce = fresh.size() <= EAGER_COLUMNS;
        fresh.forEach(a -> {
            if (atOnce) {
                placeholders.remove(a.id());
                columns.put(a.id(), newColumn(a));
            } else {
                placeholders.of(a.id());
            }
        });
        sortColumns();
        boolean oneAdded = fresh.size() == 1 && !old.isEmpty();
        revealAdded = oneAdded ? columns.get(fresh.get(0).id()) : null;
        if (lastFocused != null && !columns.containsValue(lastFocused)) {
            lastFocused = columns.get(lastFocused.id());
        }
        layoutColumns();
    }

    /** Keeps {@link #columns} in the story's order. */
    private void sortColumns() {
        Map<String, ArticleColumnView> byId = new LinkedHashMap<>(columns);
        columns.clear();
        vm.articles().stream().map(Article::id).filter(byId::containsKey).forEach(id -> columns.put(id, byId.get(id)));
    }

    /**
     * After a layout: asks for the nearest stand-in in or near view to be built over the next three
     * turns of the UI thread (after this pulse has shown the last one built): the first makes the
     * column, the second gives it its marks, the third puts it in the row in a layout pulse of its
     * own ({@link PulseTurns}: not beside the overview's or the highlights' new nodes). With up to
     * {@value #BUILD_ALL_UP_TO} articles every stand-in is built in time; with more, only those
     * in view or within a column's width of it (each built column costs layout and highlight work
     * whenever a result arrives).
     */
    private void scheduleBuild() {
        if (buildScheduled || nextToBuild().isEmpty()) {
            return;
        }
        buildScheduled = true;
        // each step a turn of its own, so that a click that came meanwhile is answered in between:
        // make the column, give it its marks, put it in the row (the pulse after that applies CSS
        // and lays its text out)
        Platform.runLater(() -> {
            nextToBuild().ifPresent(this::prepare);
            Platform.runLater(() -> {
                markPrepared();
                // joining the row costs the column's CSS and text layout: a pulse of its own
                PulseTurns.run(columnsScroll.getScene(), () -> {
                    buildScheduled = false;
                    nextToBuild().ifPresent(this::build);
                });
            });
        });
    }

    /**
     * A column made before it joins the row, the {@link #shownVersion} it was made for and whether
     * it has its marks yet.
     */
    private record Prepared(ArticleColumnView column, long version, boolean marked) {
    }

    /** Makes the column of a stand-in's article, header and text, without its marks and not in the row yet. */
    private void prepare(String articleId) {
        if (prepared != null && prepared.column().id().equals(articleId)) {
            return;
        }
        articleOf(articleId).ifPresent(a -> prepared = new Prepared(newColumn(a), shownVersion, false));
    }

    private void markPrepared() {
        if (prepared != null && !prepared.marked()) {
            prepared = upToDate(prepared);
        }
    }

    /** The prepared column of an article (brought up to date) when there is one, else a new one. */
    private ArticleColumnView takePreparedOrMake(Article a) {
        Prepared p = prepared;
        prepared = null;
        return p == null || !p.column().article().equals(a) ? markedColumn(a) : upToDate(p).column();
    }

    /** A prepared column showing the current result, notes and marks. */
    private Prepared upToDate(Prepared p) {
        if (p.version() != shownVersion) {
            p.column().showResult(vm.result());
            p.column().setNotes(vm.notes());
        }
        if (p.version() != shownVersion || !p.marked()) {
            applyLastMarks(p.column());
        }
        return new Prepared(p.column(), shownVersion, true);
    }

    private ArticleColumnView markedColumn(Article a) {
        ArticleColumnView col = newColumn(a);
        applyLastMarks(col);
        return col;
    }

    private Optional<Article> articleOf(String articleId) {
        return vm.articles().stream().filter(a -> a.id().equals(articleId)).findFirst();
    }

    private Optional<String> nextToBuild() {
        Bounds view = viewportInScene();
        if (view == null) {
            return Optional.empty();
        }
        List<String> shown = shownIds();
        double margin = shown.size() <= BUILD_ALL_UP_TO ? Double.MAX_VALUE : minColumn();
        return placeholders.nearest(shown, view, margin);
    }

    /** Builds the column of an article that has a stand-in, in its place; returns it (or the column already there). */
    private Optional<ArticleColumnView> build(String articleId) {
        if (!placeholders.has(articleId)) {
            return Optional.ofNullable(columns.get(articleId));
        }
        Optional<Article> article = articleOf(articleId);
        placeholders.remove(articleId);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        ArticleColumnView col = takePreparedOrMake(article.get());
        columns.put(articleId, col);
        sortColumns();
        layoutColumns();
        builtLate.add(col);
        return Optional.of(col);
    }

    /**
     * The column of an article, built now when it is still a stand-in (Find, a note or a claim
     * needs it on screen), with its CSS applied and the row laid out so it can be scrolled at once.
     */
    private Optional<ArticleColumnView> require(String articleId) {
        boolean wasPlaceholder = placeholders.has(articleId);
        Optional<ArticleColumnView> col = build(articleId);
        if (wasPlaceholder && col.isPresent()) {
            builtLate.remove(col.get()); // the caller places it; following a neighbour would undo that
            col.get().node().applyCss();
            columnsScroll.layout();
        }
        return col;
    }

    /** The open articles not hidden by the outlet filter, left to right, whether their columns are built yet or not. */
    public List<String> shownIds() {
        return vm.articles().stream().map(Article::id).filter(id -> !vm.hiddenArticles().contains(id)).toList();
    }

    /** True while some shown article has only a stand-in instead of its column. */
    public boolean hasPlaceholders() {
        return shownIds().stream().anyMatch(placeholders::has);
    }

    private ArticleColumnView newColumn(Article a) {
        ArticleColumnView col = new ArticleColumnView(a, events);
        col.showResult(vm.result());
        col.setNotes(vm.notes());
        col.area().estimatedScrollYProperty().addListener((ob, w, n) -> markBandsDirty());
        sync.watch(col);
        col.node().addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> userScrolls());
        col.node().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isNavigationKey() || e.getCode() == javafx.scene.input.KeyCode.SPACE) {
                userScrolls();
            }
        });
        col.node().addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (insideScrollBar(e.getTarget(), col.node())) {
                userScrolls();
            }
        });
        col.area().focusedProperty().addListener((ob, w, n) -> {
            if (n) {
                lastFocused = col;
            }
        });
        return col;
    }

    /**
     * Puts the shown columns (or their stand-ins) in the row, each in its {@link RowSlots} holder,
     * with a band (or a plain strip) between two neighbours.
     */
    private void layoutColumns() {
        List<Node> children = new ArrayList<>();
        bands.clear();
        Map<String, ConnectorBand> kept = new java.util.HashMap<>();
        Map<String, Node> spacersKept = new java.util.HashMap<>();
        Set<String> slotKeys = new java.util.HashSet<>();
        String previous = null;
        for (String id : shownIds()) {
            ArticleColumnView col = columns.get(id);
            if (previous != null) {
                ArticleColumnView left = columns.get(previous);
                String gap = previous + "\n" + id;
                Node between;
                if (left != null && col != null) {
                    ConnectorBand band = bandBetween(left, col);
                    kept.put(pairKey(left, col), band);
                    bands.add(band);
                    between = band.node();
                } else {
                    between = placeholders.spacer(gap, spacersKept);
                }
                children.add(slots.holding(gap, between));
                slotKeys.add(gap);
            }
            children.add(slots.holding(id, col != null ? col.node() : placeholders.of(id)));
            slotKeys.add(id);
            previous = id;
        }
        bandsByPair.clear();
        bandsByPair.putAll(kept);
        placeholders.retainSpacers(spacersKept.keySet());
        slots.retain(slotKeys);
        RowChildren.update(columnsBox.getChildren(), children);
        sizeColumns();
        markBandsDirty();
    }

    private ConnectorBand bandBetween(ArticleColumnView left, ArticleColumnView right) {
        ConnectorBand band = bandsByPair.get(pairKey(left, right));
        if (band != null && band.left() == left && band.right() == right) {
            return band;
        }
        ConnectorBand made = new ConnectorBand(left, right);
        ColumnDivider.install(made, this::resizeColumn, this::autoWidth);
        return made;
    }

    private static String pairKey(ArticleColumnView left, ArticleColumnView right) {
        return left.id() + "\n" + right.id();
    }

    /** Sizes the shown columns again, e.g. after a zoom: chosen widths scale, the others share the rest. */
    public void sizeColumns() {
        List<String> shown = shownIds();
        if (shown.isEmpty()) {
            return;
        }
        double room = columnsScroll.getViewportBounds().getWidth() - 2 - (shown.size() - 1) * ConnectorBand.WIDTH;
        double[] each = widths.widths(shown, room, minColumn(), zoom.getAsDouble());
        for (int i = 0; i < each.length; i++) {
            ArticleColumnView col = columns.get(shown.get(i));
            Region r = col != null ? (Region) col.node() : placeholders.of(shown.get(i));
            r.setMinWidth(each[i]);
            r.setPrefWidth(each[i]);
            r.setMaxWidth(each[i]);
        }
        markBandsDirty();
    }

    private void resizeColumn(ArticleColumnView column, double width) {
        relevelLater();
        widths.choose(column.id(), Math.max(minColumn(), width), zoom.getAsDouble());
        sizeColumns();
    }

    private void autoWidth(ArticleColumnView column) {
        relevelLater();
        widths.reset(column.id());
        sizeColumns();
    }

    private double minColumn() {
        return MIN_COLUMN * zoom.getAsDouble();
    }

    /** The columns of articles not hidden by the outlet filter, left to right. */
    public List<ArticleColumnView> visibleColumns() {
        return columns.values().stream().filter(c -> !vm.hiddenArticles().contains(c.id())).toList();
    }

    /** Every open article's column, hidden ones included. */
    public List<ArticleColumnView> allColumns() {
        return List.copyOf(columns.values());
    }

    public Optional<ArticleColumnView> column(String articleId) {
        return Optional.ofNullable(columns.get(articleId));
    }

    /** The bands between neighbouring shown columns, left to right. */
    public List<ConnectorBand> bands() {
        return List.copyOf(bands);
    }

    /** The column the user last typed, clicked or selected in, if it is still open. */
    public Optional<ArticleColumnView> focusedColumn() {
        return Optional.ofNullable(lastFocused);
    }

    public void setFocusedColumn(ArticleColumnView col) {
        lastFocused = col;
    }

    /**
     * Gives every column a new result. In a story of more than {@value #EAGER_COLUMNS} articles the
     * headers of columns out of view sideways follow in a pulse of their own ({@link PulseTurns}):
     * every header changed in one pulse made more than twelve of the row's holders change at once,
     * and JavaFX then repaints the row's whole visible part (about 200 ms of the software renderer
     * for nine columns) instead of the headers and bands that changed.
     */
    public void showResult(ComparisonResult result) {
        shownVersion++;
        if (columns.size() <= EAGER_COLUMNS || columnsScroll.getScene() == null) {
            columns.values().forEach(c -> c.showResult(result));
            return;
        }
        List<ArticleColumnView> inView = columnsInView();
        List<ArticleColumnView> later = new ArrayList<>();
        columns.values().forEach(c -> {
            boolean now = inView.contains(c);
            c.showResult(result, now);
            if (!now) {
                later.add(c);
            }
        });
        if (!later.isEmpty()) {
            headersPending++;
            PulseTurns.run(columnsScroll.getScene(), () -> {
                headersPending--;
                later.stream().filter(columns::containsValue).forEach(ArticleColumnView::showHeader);
            });
        }
    }

    /** True when every column's header shows the current result (see {@link #showResult}). For tests. */
    public boolean headersShown() {
        return headersPending == 0;
    }

    public void showNotes() {
        shownVersion++;
        columns.values().forEach(col -> col.setNotes(vm.notes()));
    }

    /**
     * Applies the verdict, hover, selection, note and find marks to every built column: at once in
     * a usual story; in a longer one the plans are worked out off the UI thread and applied a few
     * columns a turn, those in view first.
     */
    public void refreshHighlights(List<FindModel.Match> found, Optional<FindModel.Match> current) {
        shownVersion++;
        lastFound = List.copyOf(found);
        lastCurrent = current;
        HighlightPlan.Marks marks = marks();
        StoryReport report = vm.report();
        if (vm.articles().size() <= HIGHLIGHT_ALL_UP_TO) {
            deferred.cancel();
            columns.values().forEach(col -> highlight(col, report, marks));
        } else {
            List<ArticleColumnView> inView = columnsInView();
            List<ArticleColumnView> order = new ArrayList<>(inView);
            columns.values().stream().filter(c -> !inView.contains(c)).forEach(order::add);
            deferred.highlight(order, report, marks, columns::containsValue);
        }
        markBandsDirty();
    }

    /** Stops the thread that plans highlights (the window is closing). */
    public void close() {
        deferred.cancel();
        planner.close();
    }

    private static void highlight(ArticleColumnView col, StoryReport report, HighlightPlan.Marks marks) {
        col.applySpans(HighlightPlan.of(report, col.id(), col.area().getLength(), marks));
    }

    private HighlightPlan.Marks marks() {
        return new HighlightPlan.Marks(Set.copyOf(vm.shownVerdicts()), counterparts(), selectedPassages(),
                List.copyOf(vm.notes()), lastFound, lastCurrent);
    }

    /** A column built late gets the marks the others were last given. */
    private void applyLastMarks(ArticleColumnView col) {
        col.applySpans(HighlightPlan.of(vm.report(), col.id(), col.area().getLength(), marks()));
    }

    /** The passages reporting the same claim as the hovered one, and those linked to it. */
    private Set<String> counterparts() {
        String hovered = vm.hoveredPassageProperty().get();
        return hovered == null ? Set.of() : vm.report().counterparts(hovered);
    }

    private Set<String> selectedPassages() {
        Claim c = vm.selectedClaimProperty().get();
        return c == null ? Set.of() : Set.copyOf(c.passageIds());
    }

    /** Asks for the bands to be redrawn after the next layout. */
    public void markBandsDirty() {
        bandsDirty = true;
        Platform.requestNextPulse();
    }

    /** Synchronised scrolling of the shown columns (View ▸ Synchronise Scrolling). */
    public ScrollSync scrollSync() {
        return sync;
    }

    /**
     * For the scene's post-layout pulse: levels the focused claim while text settles, then lets
     * the other columns follow one the user scrolled, then redraws stale bands.
     */
    public void afterLayout() {
        if (revealAdded != null) {
            showAdded(revealAdded);
            revealAdded = null;
        }
        if (relevelPasses > 0) {
            relevelPasses--;
            // with nothing to keep and every column at the top of its text (a story just opened) a
            // pass would only note every top line again, tens of milliseconds a pulse with nine columns
            if (levelOnClaim || keptLine != null || !allAtTop()) {
                sync.quietly(this::relevel);
            }
            if (relevelPasses > 0) {
                Platform.requestNextPulse();
            }
        }
        sync.afterLayout();
        followBuiltLate();
        redrawBands();
        scheduleBuild();
    }

    /**
     * Columns built from a stand-in start at the top of their text: once laid out they scroll level
     * with a built neighbour, as if they had followed every scroll.
     */
    private void followBuiltLate() {
        if (builtLate.isEmpty()) {
            return;
        }
        // those out of view sideways follow once scrolled into view (placing a column costs a layout of its text)
        List<ArticleColumnView> inView = columnsInView();
        List<ArticleColumnView> ready = builtLate.stream().filter(c -> c.area().getHeight() > 0 && inView.contains(c)).toList();
        builtLate.removeAll(ready);
        List<ArticleColumnView> shown = visibleColumns();
        for (ArticleColumnView col : ready) {
            int at = shown.indexOf(col);
            // a neighbour still at the top of its text (a story just opened) has nothing to follow
            neighbourOf(shown, at).filter(beside -> scrolledDown(beside))
                    .ifPresent(beside -> sync.follow(col, beside));
        }
        if (!ready.isEmpty()) {
            markBandsDirty();
        }
    }

    /** True when every column in view shows the start of its text (a re-wrap then moves no top line). */
    private boolean allAtTop() {
        return columnsInView().stream().allMatch(c -> c.area().getEstimatedScrollY() == 0);
    }

    /** True when a column shows more than the first paragraph of its text at its top. */
    private static boolean scrolledDown(ArticleColumnView col) {
        try {
            return col.area().firstVisibleParToAllParIndex() > 0;
        } catch (RuntimeException notLaidOut) {
            return false;
        }
    }

    /** The nearest shown column to position {@code at} that was not itself just built. */
    private Optional<ArticleColumnView> neighbourOf(List<ArticleColumnView> shown, int at) {
        for (int d = 1; at >= 0 && d < shown.size(); d++) {
            for (int i : new int[] {at - d, at + d}) {
                if (i >= 0 && i < shown.size() && !builtLate.contains(shown.get(i))) {
                    return Optional.of(shown.get(i));
                }
            }
        }
        return Optional.empty();
    }

    private void redrawBands() {
        if (!bandsDirty) {
            return;
        }
        bandsDirty = false;
        Set<Verdict> shown = Set.copyOf(vm.shownVerdicts());
        Bounds view = viewportInScene();
        // a band scrolled out of view sideways is redrawn when it comes back (a sideways scroll marks them dirty)
        bands.stream().filter(b -> view == null || inView(b.node(), view))
                .forEach(b -> b.redraw(vm.result(), shown, vm.selectedClaimProperty().get()));
    }

    /** The part of the row on screen, in scene coordinates (null before the row is in a scene). */
    private Bounds viewportInScene() {
        return columnsScroll.getScene() == null ? null : columnsScroll.localToScene(columnsScroll.getLayoutBounds());
    }

    private static boolean inView(Node node, Bounds view) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMaxX() >= view.getMinX() && b.getMinX() <= view.getMaxX();
    }

    /** The shown columns at least partly inside the row's viewport, left to right. */
    List<ArticleColumnView> columnsInView() {
        Bounds view = viewportInScene();
        List<ArticleColumnView> shown = visibleColumns();
        return view == null ? shown : shown.stream().filter(c -> inView(c.node(), view)).toList();
    }

    /**
     * A column the user added (a pasted article, a fetched link) is scrolled into view and levelled
     * with the column it now stands beside, instead of appearing off-screen at the top of its text.
     */
    private void showAdded(ArticleColumnView col) {
        if (!visibleColumns().contains(col)) {
            return;
        }
        List<ArticleColumnView> shown = visibleColumns();
        int at = shown.indexOf(col);
        ArticleColumnView beside = at > 0 ? shown.get(at - 1) : shown.size() > 1 ? shown.get(1) : null;
        aligner.scrollIntoView(col);
        if (beside != null) {
            sync.follow(col, beside);
        }
        markBandsDirty();
    }

    /** Scrolls the columns so that the focused claim's passages sit level. */
    public void reveal(ReaderViewModel.Focus focus) {
        buildSidesOf(focus);
        sync.quietly(() -> showClaim(focus));
        sync.placedAll();
        markBandsDirty();
    }

    private void showClaim(ReaderViewModel.Focus focus) {
        aligner.reveal(focus, vm.result(), visibleColumns(),
                focus.anchorArticleId() == null ? null : columns.get(focus.anchorArticleId()), valueIn(focus.claim()));
    }

    /**
     * Builds, when they are still stand-ins, the columns a claim is to be shown in: the one the
     * user acted in and the nearest two giving different values (or the first reporting it).
     */
    private void buildSidesOf(ReaderViewModel.Focus focus) {
        List<String> shown = shownIds();
        String anchor = focus.anchorArticleId() != null && shown.contains(focus.anchorArticleId())
                ? focus.anchorArticleId() : null;
        List<String> wanted = new ArrayList<>();
        if (anchor != null) {
            wanted.add(anchor);
        }
        OpposingSides.nearest(shown, valueIn(focus.claim()), anchor).ifPresentOrElse(
                p -> wanted.addAll(List.of(p.left(), p.right())),
                () -> shown.stream().filter(focus.claim()::reportedBy).findFirst().ifPresent(wanted::add));
        wanted.forEach(this::require);
    }

    /**
     * The value each article gives in a claim (empty for claims whose values agree), from the report:
     * F8 brings two columns with different values into view, of either grade.
     */
    private java.util.function.Function<String, Optional<String>> valueIn(Claim claim) {
        StoryReport report = vm.report();
        return articleId -> claim.verdict() == Verdict.DISPUTED || claim.verdict() == Verdict.VALUES_DIFFER
                ? report.valueOf(claim, articleId) : Optional.empty();
    }

    /**
     * After a filter change, zoom, resize or a dragged divider, once the text has re-wrapped, the
     * columns are brought level again on what the reader is reading: the clicked claim while its
     * passage is on screen; else the top line of the column last scrolled (or the first in view)
     * stays where it is and the others follow it. (Levelling the clicked claim every time pulled
     * the columns back to it however far the reader had scrolled since.)
     */
    public void relevelLater() {
        if (relevelPasses == 0) {
            levelOnClaim = claimOnScreen();
            keptLine = levelOnClaim ? null : readingLine().orElse(null);
        }
        relevelPasses = RELEVEL_PASSES;
        Platform.requestNextPulse();
    }

    /**
     * The reader scrolls a column (wheel, navigation key, scroll bar) while the columns are being
     * levelled again: the levelling ends there, so that it does not put the column back on the
     * line it kept and the others follow the scroll instead.
     */
    private void userScrolls() {
        if (relevelPasses > 0) {
            relevelPasses = 0;
            keptLine = null;
            levelOnClaim = false;
        }
    }

    private static boolean insideScrollBar(Object target, javafx.scene.Node column) {
        for (javafx.scene.Node n = target instanceof javafx.scene.Node node ? node : null; n != null && n != column; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollBar) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when no re-levelling is under way ({@link #relevelLater}). While one is, each pass notes
     * every column's top line as placed here, so a column scrolled meanwhile by other means than the
     * reader's wheel, keys or scroll bar is not followed by the others. For tests, which wait for
     * this before they scroll.
     */
    public boolean settled() {
        return relevelPasses == 0;
    }

    /** True when a passage of the clicked claim is on screen in a column in view. */
    private boolean claimOnScreen() {
        ReaderViewModel.Focus focus = vm.focusProperty().get();
        Claim claim = vm.selectedClaimProperty().get();
        if (focus == null || claim == null) {
            return false;
        }
        return columnsInView().stream().anyMatch(col -> vm.result().passageIn(claim, col.id())
                .flatMap(col::boundsOnScreen).filter(b -> onScreenIn(col, b)).isPresent());
    }

    private static boolean onScreenIn(ArticleColumnView col, Bounds b) {
        Bounds text = col.area().localToScreen(col.area().getLayoutBounds());
        return text != null && b.getMaxY() > text.getMinY() && b.getMinY() < text.getMaxY();
    }

    /** The top line of the column the reader last scrolled, else of the first in view, from the top of its text. */
    private Optional<KeptLine> readingLine() {
        List<ArticleColumnView> inView = columnsInView();
        ArticleColumnView col = sync.driver().filter(inView::contains).orElse(inView.isEmpty() ? null : inView.get(0));
        if (col == null || col.area().localToScreen(0, 0) == null) {
            return Optional.empty();
        }
        double areaTop = col.area().localToScreen(0, 0).getY();
        // a column at the top of its text stays there through a re-wrap: nothing to keep
        return ColumnAligner.topLine(col).filter(t -> t.offset() > 0)
                .map(t -> new KeptLine(col, t.offset(), t.screenY() - areaTop));
    }

    /** A column's top line: its first character and its height below the top of the column's text. */
    private record KeptLine(ArticleColumnView column, int offset, double belowTop) {
    }

    /** Puts the kept line back where it was in its column and brings the others level with it. */
    private void keepLine(KeptLine kept) {
        if (!visibleColumns().contains(kept.column()) || kept.column().area().localToScreen(0, 0) == null) {
            return;
        }
        double y = kept.column().area().localToScreen(0, 0).getY() + kept.belowTop();
        ColumnAligner.placeOffsetAt(kept.column(), kept.offset(), y);
        sync.levelWith(kept.column());
        markBandsDirty();
    }

    private void relevel() {
        if (!levelOnClaim) {
            if (keptLine != null) {
                keepLine(keptLine);
            }
            return;
        }
        ReaderViewModel.Focus focus = vm.focusProperty().get();
        if (focus != null && vm.selectedClaimProperty().get() != null) {
            boolean anchorShown = focus.anchorArticleId() != null && columns.containsKey(focus.anchorArticleId())
                    && !vm.hiddenArticles().contains(focus.anchorArticleId());
            aligner.reveal(focus, vm.result(), visibleColumns(), anchorShown ? columns.get(focus.anchorArticleId()) : null,
                    valueIn(focus.claim()));
            sync.placedAll();
            markBandsDirty();
        }
    }

    /**
     * Scrolls a note's column to it and puts the caret there; when the note lies in a passage of a
     * claim, that claim is selected and the other columns bring its counterparts level, as a click
     * on the passage does.
     */
    public void revealNote(Note note) {
        ArticleColumnView col = require(note.articleId()).orElse(null);
        if (col == null || note.range().end() > col.area().getLength()) {
            return;
        }
        col.area().showParagraphInViewport(col.paragraphOf(note.range().start()));
        // the caret, not a selection: a selection left behind would make Ctrl+M add the note again
        col.area().moveTo(note.range().start());
        aligner.scrollIntoView(col);
        lastFocused = col;
        col.passageAt(note.range().start()).filter(p -> vm.result().findClaim(p.id()).isPresent())
                .ifPresent(p -> vm.focusPassage(p.id()));
    }

    /** Scrolls a find match's column to it and selects it. */
    public void revealFound(FindModel.Match match) {
        ArticleColumnView col = require(match.articleId()).orElse(null);
        if (col == null || match.end() > col.area().getLength()) {
            return;
        }
        if (lastFoundColumn != null && lastFoundColumn != col) {
            lastFoundColumn.area().deselect(); // else the previous match keeps the look of a current one
        }
        lastFoundColumn = col;
        col.area().selectRange(match.start(), match.end());
        // the match's line at the middle of the column, so the sentence round it and its
        // counterparts in the other columns (which follow) show
        ColumnAligner.placeOffsetAt(col, match.start(), middleOnScreen(col));
        lastFocused = col;
        aligner.scrollIntoView(col);
    }

    private static double middleOnScreen(ArticleColumnView col) {
        return col.area().localToScreen(0, 0).getY() + col.area().getViewportHeight() / 2 - 10;
    }
}
