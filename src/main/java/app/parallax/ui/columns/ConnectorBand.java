package app.parallax.ui.columns;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;

/**
 * The strip between two adjacent columns where curved bands join passages of one claim, as in
 * desktop diff tools. Redrawn from on-screen passage bounds whenever either column scrolls.
 */
public final class ConnectorBand {

    public static final double WIDTH = 24;

    private final Pane pane = new Pane();
    private final ArticleColumnView left;
    private final ArticleColumnView right;
    private final Rectangle clip = new Rectangle();

    public ConnectorBand(ArticleColumnView left, ArticleColumnView right) {
        this.left = left;
        this.right = right;
        pane.setId("connectors-" + left.id() + "-" + right.id());
        pane.getStyleClass().add("connector-band");
        pane.setMinWidth(WIDTH);
        pane.setPrefWidth(WIDTH);
        pane.setMaxWidth(WIDTH);
        pane.setClip(clip);
    }

    public Node node() {
        return pane;
    }

    public ArticleColumnView left() {
        return left;
    }

    public ArticleColumnView right() {
        return right;
    }

    /** Number of bands currently drawn; for tests and the screenshot check. */
    int drawnCount() {
        return pane.getChildren().size();
    }

    public void redraw(ComparisonResult result, Set<Verdict> shown, Claim selected) {
        updateClip();
        List<Node> shapes = new ArrayList<>();
        ArticleColumnView.TextInView leftText = left.textInView();
        ArticleColumnView.TextInView rightText = right.textInView();
        for (Claim c : result.claims()) {
            if (!c.reportedBy(left.id()) || !c.reportedBy(right.id()) || !shown.contains(c.verdict())) {
                continue;
            }
            Optional<Passage> lp = result.passageIn(c, left.id());
            Optional<Passage> rp = result.passageIn(c, right.id());
            if (lp.isEmpty() || rp.isEmpty()) {
                continue;
            }
            // both ends out of view: no band, and no bounds to ask RichTextFX for
            if (left.outOfView(lp.get(), leftText) && right.outOfView(rp.get(), rightText)) {
                continue;
            }
            Optional<ArticleColumnView.Anchor> la = left.anchorOnScreen(lp.get(), leftText);
            Optional<ArticleColumnView.Anchor> ra = right.anchorOnScreen(rp.get(), rightText);
            if (la.isEmpty() || ra.isEmpty() || !(la.get().visible() || ra.get().visible())) {
                continue;
            }
            Bounds lb = pane.screenToLocal(la.get().bounds());
            Bounds rb = pane.screenToLocal(ra.get().bounds());
            Path shape = band(lb, rb, c, selected != null && selected.id().equals(c.id()));
            if (!la.get().visible() || !ra.get().visible()) {
                shape.getStyleClass().add("connector-offscreen");
            }
            shapes.add(shape);
        }
        pane.getChildren().setAll(shapes);
    }

    private Path band(Bounds l, Bounds r, Claim claim, boolean selected) {
        double w = pane.getWidth();
        double mid = w / 2;
        Path path = new Path(
                new MoveTo(0, l.getMinY()),
                new CubicCurveTo(mid, l.getMinY(), mid, r.getMinY(), w, r.getMinY()),
                new LineTo(w, r.getMaxY()),
                new CubicCurveTo(mid, r.getMaxY(), mid, l.getMaxY(), 0, l.getMaxY()),
                new ClosePath());
        path.getStyleClass().addAll("connector", VerdictStyle.cssClass(claim.verdict()));
        if (selected) {
            path.getStyleClass().add("connector-selected");
        }
        return path;
    }

    private void updateClip() {
        Bounds area = left.area().localToScreen(left.area().getLayoutBounds());
        if (area == null) {
            return;
        }
        Point2D top = pane.screenToLocal(area.getMinX(), area.getMinY());
        if (top == null) {
            return;
        }
        clip.setX(0);
        clip.setY(top.getY());
        clip.setWidth(pane.getWidth());
        clip.setHeight(area.getHeight());
    }
}
