package app.parallax.ui;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
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
final class OverviewMatrixView {

    private final GridPane grid = new GridPane();
    private final VBox root;
    private final BiConsumer<Claim, String> go;

    OverviewMatrixView(BiConsumer<Claim, String> go) {
        this.go = go;
        grid.getStyleClass().add("matrix-grid");
        grid.setHgap(1);
        grid.setVgap(2);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("matrix-scroll");
        scroll.setMinHeight(Region.USE_PREF_SIZE);
        Label title = new Label("Overview — claims in story order (click a cell to go there)");
        title.getStyleClass().add("panel-title");
        root = new VBox(2, title, scroll);
        root.setId("overview");
        root.getStyleClass().add("overview");
        root.setMinHeight(Region.USE_PREF_SIZE);
    }

    Node node() {
        return root;
    }

    void update(ComparisonResult result, List<Article> shownArticles, Set<Verdict> shown, Claim selected) {
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
                grid.add(cell(result, c, shownArticles.get(row), selected), col, row);
            }
            col++;
        }
    }

    private Region cell(ComparisonResult result, Claim claim, Article article, Claim selected) {
        Region cell = new Region();
        cell.setId("cell-" + claim.id() + "-" + article.id());
        cell.getStyleClass().add("matrix-cell");
        boolean reports = claim.reportedBy(article.id());
        cell.getStyleClass().add(reports ? VerdictStyle.cssClass(claim.verdict()) : VerdictStyle.NOT_REPORTED);
        if (selected != null && selected.id().equals(claim.id())) {
            cell.getStyleClass().add("matrix-selected");
        }
        cell.setOnMouseEntered(e -> {
            if (cell.getProperties().get("tip") == null) {
                Tooltip tip = new Tooltip(tooltip(result, claim, article, reports));
                cell.getProperties().put("tip", tip);
                Tooltip.install(cell, tip);
            }
        });
        cell.setOnMouseClicked(e -> go.accept(claim, reports ? article.id() : null));
        return cell;
    }

    private static String tooltip(ComparisonResult result, Claim claim, Article article, boolean reports) {
        String passage = result.passageIn(claim, article.id()).map(p -> "\n“" + shorten(p.text()) + "”").orElse("");
        if (!reports) {
            return article.outlet() + " does not report this.\n" + ClaimSummary.describe(claim, result);
        }
        if (claim.verdict() == Verdict.DISPUTED) {
            String own = claim.values().stream().filter(v -> v.articleIds().contains(article.id()))
                    .map(ClaimValue::value).findFirst().map(v -> " says “" + v + "”").orElse(" is part of a dispute");
            return article.outlet() + own + ".\n" + ClaimSummary.describe(claim, result) + passage;
        }
        return ClaimSummary.describe(claim, result) + passage;
    }

    private static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 140 ? one.substring(0, 139) + "…" : one;
    }
}
