package app.parallax.ui.overview;

import app.parallax.ui.columns.VerdictStyle;

import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.report.StoryReport;
import app.parallax.ui.tasks.PulseTurns;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The overview: one row per shown outlet, one column per claim in story order, each cell styled
 * by what that outlet does with the claim (agrees, is in a dispute, reports it alone, or does not
 * report it). Clicking a cell asks to go there.
 *
 * <p>Only the cells in view exist: a story of 60 articles has a hundred thousand cells, and
 * building them all kept the UI thread busy for tens of seconds. Scroll bars move the window over
 * claims and outlets; at most {@value #MAX_ROWS} outlet rows show, so the matrix never takes the
 * columns' height.
 */
public final class OverviewMatrixView {

    /** The most outlet rows shown at once; more scroll. */
    public static final int MAX_ROWS = 9;
    private static final double HGAP = 1;
    private static final double VGAP = 2;
    /** The most cells made at a time; the rest wait for the next layout pulse. */
    private static final int NEW_CELLS_PER_PULSE = 300;

    private final Grid grid = new Grid();
    private final ScrollBar claimsBar = new ScrollBar();
    private final ScrollBar rowsBar = new ScrollBar();
    private final Label probeOutlet = new Label("M");
    private final Region probeCell = new Region();
    private final VBox root;
    private final BiConsumer<Claim, String> go;
    private StoryReport report = StoryReport.of(app.parallax.core.ComparisonResult.empty());
    private List<Article> articles = List.of();
    private List<Claim> claims = List.of();
    private Claim selected;
    private final List<Label> names = new ArrayList<>();
    private final List<List<Region>> cells = new ArrayList<>();
    private boolean filling;

    public OverviewMatrixView(BiConsumer<Claim, String> go) {
        this.go = go;
        grid.getStyleClass().add("matrix-grid");
        grid.setMinWidth(0);
        HBox.setHgrow(grid, Priority.ALWAYS);
        claimsBar.setId("matrix-hbar");
        rowsBar.setId("matrix-vbar");
        rowsBar.setOrientation(Orientation.VERTICAL);
        rowsBar.managedProperty().bind(rowsBar.visibleProperty());
        claimsBar.valueProperty().addListener((o, was, now) -> redraw());
        rowsBar.valueProperty().addListener((o, was, now) -> redraw());
        probes();
        HBox body = new HBox(grid, rowsBar, probeOutlet, probeCell);
        body.setId("matrix-scroll");
        body.getStyleClass().add("matrix-scroll");
        body.widthProperty().addListener((o, was, now) -> redraw());
        body.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        Label title = new Label("Overview — claims in story order (click a cell to go there)");
        title.getStyleClass().add("panel-title");
        root = new VBox(2, title, body, claimsBar);
        root.setId("overview");
        root.getStyleClass().add("overview");
        root.setMinHeight(Region.USE_PREF_SIZE);
        root.setMaxHeight(Region.USE_PREF_SIZE);
    }

    /** Hidden, unmanaged nodes styled like a row label and a cell: their CSS sizes give the window's width in claims. */
    private void probes() {
        probeOutlet.getStyleClass().add("matrix-outlet");
        probeCell.getStyleClass().add("matrix-cell");
        for (Node n : List.of(probeOutlet, probeCell)) {
            n.setManaged(false);
            n.setVisible(false);
        }
    }

    public Node node() {
        return root;
    }

    /** Shows a new result, filter or selection; the window scrolls to the selected claim when it is out of view. */
    public void update(StoryReport report, List<Article> shownArticles, Set<Verdict> shown, Claim selected) {
        this.report = report;
        this.articles = List.copyOf(shownArticles);
        this.claims = report.result().claims().stream().filter(c -> shown.contains(c.verdict())).toList();
        this.selected = selected;
        int at = selected == null ? -1 : indexOf(selected);
        int width = claimsInView();
        if (at >= 0 && (at < claimsBar.getValue() || at >= claimsBar.getValue() + width)) {
            claimsBar.setMax(Math.max(0, claims.size() - width));
            claimsBar.setValue(Math.max(0, Math.min(claimsBar.getMax(), at - width / 2)));
        }
        redraw();
    }

    private int indexOf(Claim claim) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id().equals(claim.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The width of the outlet names' column: a name label's, at least its CSS minimum. */
    private double nameWidth() {
        return grid.snapSizeX(Math.max(probeOutlet.minWidth(-1), probeOutlet.prefWidth(-1)));
    }

    /** How many claim columns fit beside the outlet names. */
    private int claimsInView() {
        double pitch = Math.max(1, probeCell.prefWidth(-1)) + HGAP;
        double names = nameWidth() + HGAP;
        double room = root.getWidth() - root.getInsets().getLeft() - root.getInsets().getRight() - names
                - (rowsBar.isVisible() ? rowsBar.getWidth() : 0);
        return room <= 0 ? 60 : Math.max(1, (int) Math.floor(room / pitch));
    }

    private void redraw() {
        int rows = Math.min(MAX_ROWS, articles.size());
        rowsBar.setVisible(articles.size() > rows);
        rowsBar.setMax(Math.max(0, articles.size() - rows));
        rowsBar.setVisibleAmount(rows);
        int width = claimsInView();
        claimsBar.setMax(Math.max(0, claims.size() - width));
        claimsBar.setVisibleAmount(Math.min(width, claims.size()));
        claimsBar.setVisible(claims.size() > width);
        int firstRow = (int) Math.round(Math.min(rowsBar.getValue(), rowsBar.getMax()));
        int firstClaim = (int) Math.round(Math.min(claimsBar.getValue(), claimsBar.getMax()));
        int across = Math.max(0, Math.min(width, claims.size() - firstClaim));
        ensureCells(rows, across);
        for (int r = 0; r < rows; r++) {
            Article a = articles.get(firstRow + r);
            Label name = names.get(r);
            if (!name.getText().equals(a.outlet())) {
                name.setText(a.outlet());
                name.getTooltip().setText(a.outlet());
            }
            List<Region> row = cells.get(r);
            for (int c = 0; c < Math.min(across, row.size()); c++) {
                show(row.get(c), claims.get(firstClaim + c), a);
            }
        }
    }

    /**
     * Keeps {@code rows} × {@code across} cell nodes in the grid, reusing those there: new nodes
     * cost CSS and layout, and a redraw (a scroll of the matrix, a new selection) only changes what
     * the cells show. At most {@value #NEW_CELLS_PER_PULSE} new cells are made at a time, row by
     * row; the rest after the next layout pulse. The first result fills about a thousand cells,
     * whose styling and layout in one pulse was most of the longest stall while a story opened.
     * Every row's name is there at once, so the overview has its full height from the start.
     */
    private void ensureCells(int rows, int across) {
        if (names.size() == rows && cells.stream().allMatch(row -> row.size() == across)) {
            return;
        }
        while (names.size() > rows) {
            names.remove(names.size() - 1);
            cells.remove(cells.size() - 1);
        }
        while (names.size() < rows) {
            Label name = new Label();
            name.getStyleClass().add("matrix-outlet");
            name.setTooltip(new Tooltip());
            names.add(name);
            cells.add(new ArrayList<>());
        }
        int budget = NEW_CELLS_PER_PULSE;
        List<Node> children = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            children.add(names.get(r));
            List<Region> row = cells.get(r);
            while (row.size() > across) {
                row.remove(row.size() - 1);
            }
            while (row.size() < across && budget > 0) {
                row.add(newCell());
                budget--;
            }
            children.addAll(row);
        }
        grid.getChildren().setAll(children);
        if (cells.stream().anyMatch(row -> row.size() < across)) {
            fillLater();
        }
    }

    /** Makes the cells still missing in a pulse of their own (once, however often asked). */
    private void fillLater() {
        if (!filling) {
            filling = true;
            PulseTurns.run(grid.getScene(), () -> {
                filling = false;
                redraw();
            });
        }
    }

    /** True when every cell in view exists (they are made a few hundred a pulse). For tests. */
    public boolean filled() {
        return !filling;
    }

    /**
     * The outlet names and cells at a fixed pitch: every cell has the size of {@link #probeCell},
     * every name the width of {@link #probeOutlet} (longer names are cut, their tooltip gives them
     * whole). A GridPane measured each of the several hundred children on every layout, tens of
     * milliseconds of the pulse that first showed a result.
     */
    private final class Grid extends Pane {

        private double cellWidth() {
            return snapSizeX(Math.max(1, probeCell.prefWidth(-1)));
        }

        private double cellHeight() {
            return snapSizeY(Math.max(1, probeCell.prefHeight(-1)));
        }

        private double rowHeight() {
            return Math.max(cellHeight(), snapSizeY(probeOutlet.prefHeight(-1)));
        }

        private int across() {
            return cells.isEmpty() ? 0 : cells.get(0).size();
        }

        @Override
        protected double computePrefWidth(double height) {
            int across = across();
            return snappedLeftInset() + snappedRightInset() + (names.isEmpty() ? 0 : nameWidth() + across * (cellWidth() + HGAP));
        }

        @Override
        protected double computePrefHeight(double width) {
            int rows = names.size();
            return snappedTopInset() + snappedBottomInset() + rows * rowHeight() + Math.max(0, rows - 1) * VGAP;
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double y = snappedTopInset();
            double nameWidth = nameWidth();
            double cellWidth = cellWidth();
            double cellHeight = cellHeight();
            double rowHeight = rowHeight();
            for (int r = 0; r < names.size(); r++) {
                names.get(r).resizeRelocate(left, y, nameWidth, rowHeight);
                List<Region> row = cells.get(r);
                double cellY = y + Math.floor((rowHeight - cellHeight) / 2);
                for (int c = 0; c < row.size(); c++) {
                    row.get(c).resizeRelocate(left + nameWidth + HGAP + c * (cellWidth + HGAP), cellY, cellWidth, cellHeight);
                }
                y += rowHeight + VGAP;
            }
        }
    }

    private void wheel(ScrollEvent e) {
        double delta = Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY()) || !rowsBar.isVisible() || e.isShiftDown()
                ? -(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()) : 0;
        if (delta != 0) {
            claimsBar.setValue(Math.max(0, Math.min(claimsBar.getMax(), claimsBar.getValue() + Math.signum(delta) * 5)));
        } else {
            rowsBar.setValue(Math.max(0, Math.min(rowsBar.getMax(), rowsBar.getValue() - Math.signum(e.getDeltaY()))));
        }
        e.consume();
    }

    /** A cell node; what it shows is set by {@link #show}, its tooltip is worded when the pointer enters. */
    private Region newCell() {
        Region cell = new Region();
        cell.getStyleClass().add("matrix-cell");
        cell.setOnMouseEntered(e -> {
            if (cell.getUserData() instanceof Shown s) {
                // made on the first visit: a tooltip per cell up front cost more than the cells
                Tooltip tip = (Tooltip) cell.getProperties().computeIfAbsent("tip", k -> {
                    Tooltip made = new Tooltip();
                    Tooltip.install(cell, made);
                    return made;
                });
                tip.setText(tooltip(s.report(), s.claim(), s.article(), s.reports()));
            }
        });
        cell.setOnMouseClicked(e -> {
            if (cell.getUserData() instanceof Shown s) {
                go.accept(s.claim(), s.reports() ? s.article().id() : null);
            }
        });
        return cell;
    }

    /**
     * Points a cell at one claim and outlet. Cells carry no node id: JavaFX caches matched CSS
     * rules per id and style classes, so a unique id per cell made every cell match every rule of
     * every style sheet again; {@link #keyOf(Node)} names a cell instead.
     */
    private void show(Region cell, Claim claim, Article article) {
        boolean reports = claim.reportedBy(article.id());
        Verdict verdict = report.verdictIn(claim, article.id()).orElse(claim.verdict());
        List<String> classes = new ArrayList<>(List.of("matrix-cell", reports ? VerdictStyle.cssClass(verdict) : VerdictStyle.NOT_REPORTED));
        if (selected != null && selected.id().equals(claim.id())) {
            classes.add("matrix-selected");
        }
        if (!cell.getStyleClass().equals(classes)) {
            cell.getStyleClass().setAll(classes);
        }
        cell.setUserData(new Shown(report, claim, article, reports, cellKey(claim.id(), article.id())));
    }

    /** The key of the cell of a claim and an outlet, as {@link #keyOf(Node)} gives it. */
    public static String cellKey(String claimId, String articleId) {
        return claimId + "-" + articleId;
    }

    /** The claim-and-outlet key of a matrix cell node ({@code claimId-articleId}), if it is one. */
    public static java.util.Optional<String> keyOf(Node node) {
        return node.getUserData() instanceof Shown s ? java.util.Optional.of(s.key()) : java.util.Optional.empty();
    }

    /** What one cell shows. */
    private record Shown(StoryReport report, Claim claim, Article article, boolean reports, String key) {

        /**
         * Identity: a node's properties map compares the old user data with the new, and a record's
         * equals compared reports and claims field by field for every cell on every redraw.
         */
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private static String tooltip(StoryReport report, Claim claim, Article article, boolean reports) {
        String passage = report.result().passageIn(claim, article.id()).map(p -> "\n“" + shorten(p.text()) + "”").orElse("");
        if (!reports) {
            return article.outlet() + " does not report this.\n" + report.describe(claim);
        }
        if (claim.verdict() == Verdict.DISPUTED || claim.verdict() == Verdict.VALUES_DIFFER) {
            String own = report.valueOf(claim, article.id()).map(v -> " says “" + v + "”").orElse(" is part of a dispute");
            return article.outlet() + own + ".\n" + report.describe(claim) + passage;
        }
        return report.describe(claim) + passage;
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 140 ? one.substring(0, 139) + "…" : one;
    }
}
