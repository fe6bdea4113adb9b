package app.parallax.ui.overview;

import app.parallax.ui.columns.VerdictStyle;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.report.StoryReport;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The overview: one row per shown outlet, one column per claim in story order, each cell styled
 * by what that outlet does with the claim (agrees, is in a dispute, reports it alone, or does not
 * report it). Clicking a cell asks to go there.
 */
public final class OverviewMatrixView {

    private final GridPane grid = new GridPane();
    private final VBox root;
    private final BiConsumer<Claim, String> go;

    public OverviewMatrixView(BiConsumer<Claim, String> go) {
        this.go = go;
        grid.getStyleClass().add("matrix-grid");
        grid.setHgap(1);
        grid.setVgap(2);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("matrix-scroll");
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // A scroll bar shown "as needed" is laid over the last row; reserve its room instead.
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Runnable bar = () -> scroll.setHbarPolicy(grid.prefWidth(-1) > scroll.getViewportBounds().getWidth() + 0.5
                ? ScrollPane.ScrollBarPolicy.ALWAYS : ScrollPane.ScrollBarPolicy.NEVER);
        grid.widthProperty().addListener((o, was, now) -> bar.run());
        scroll.viewportBoundsProperty().addListener((o, was, now) -> bar.run());
        scroll.getStyleClass().add("matrix-scroll");
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        Label title = new Label("Overview — claims in story order (click a cell to go there)");
        title.getStyleClass().add("panel-title");
        root = new VBox(2, title, scroll);
        root.setId("overview");
        root.getStyleClass().add("overview");
        root.setMinHeight(Region.USE_PREF_SIZE);
    }

    public Node node() {
        return root;
    }

    public void update(StoryReport report, List<Article> shownArticles, Set<Verdict> shown, Claim selected) {
        ComparisonResult result = report.result();
        grid.getChildren().clear();
        for (int row = 0; row < shownArticles.size(); row++) {
            Label name = new Label(shownArticles.get(row).outlet());
            name.getStyleClass().add("matrix-outlet");
            grid.add(name, 0, row);
        }
        int col = 1;
        for (Claim c : result.claims()) {
            if (!shown.contains(c.verdict())) {
                continue;
            }
            for (int row = 0; row < shownArticles.size(); row++) {
                grid.add(cell(report, c, shownArticles.get(row), selected), col, row);
            }
            col++;
        }
    }

    private Region cell(StoryReport report, Claim claim, Article article, Claim selected) {
        Region cell = new Region();
        cell.setId("cell-" + claim.id() + "-" + article.id());
        cell.getStyleClass().add("matrix-cell");
        boolean reports = claim.reportedBy(article.id());
        Verdict shown = report.verdictIn(claim, article.id()).orElse(claim.verdict());
        cell.getStyleClass().add(reports ? VerdictStyle.cssClass(shown) : VerdictStyle.NOT_REPORTED);
        if (selected != null && selected.id().equals(claim.id())) {
            cell.getStyleClass().add("matrix-selected");
        }
        cell.setOnMouseEntered(e -> {
            if (cell.getProperties().get("tip") == null) {
                Tooltip tip = new Tooltip(tooltip(report, claim, article, reports));
                cell.getProperties().put("tip", tip);
                Tooltip.install(cell, tip);
            }
        });
        cell.setOnMouseClicked(e -> go.accept(claim, reports ? article.id() : null));
        return cell;
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
