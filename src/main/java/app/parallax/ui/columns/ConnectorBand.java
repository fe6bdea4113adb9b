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
    /** The bands drawn now, in order. */
    private List<Drawn> drawn = List.of();

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

    /**
     * Draws the bands of the claims both columns report, from where their passages are on screen.
     * When they come out as already drawn (a column beside them was built, scrolled sideways or
     * restyled) the drawn shapes stay: new shapes mark the strip for repainting, and several strips
     * marked at once were merged by the renderer into one region spanning the columns between them.
     */
    public void redraw(ComparisonResult result, Set<Verdict> shown, Claim selected) {
        updateClip();
        List<Drawn> wanted = new ArrayList<>();
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
            wanted.add(new Drawn(lb.getMinY(), lb.getMaxY(), rb.getMinY(), rb.getMaxY(), pane.getWidth(),
                    c.verdict(), selected != null && selected.id().equals(c.id()),
                    !la.get().visible() || !ra.get().visible()));
        }
        if (wanted.equals(drawn)) {
            return;
        }
        drawn = wanted;
        pane.getChildren().setAll(wanted.stream().map(ConnectorBand::band).toList());
    }

    /** One band as drawn: its ends' heights in the strip, the strip's width and its look. */
    private record Drawn(double leftTop, double leftBottom, double rightTop, double rightBottom, double width,
                         Verdict verdict, boolean selected, boolean offscreen) {
    }

    private static Path band(Drawn d) {
        double w = d.width();
        double mid = w / 2;
        Path path = new Path(
                new MoveTo(0, d.leftTop()),
                new CubicCurveTo(mid, d.leftTop(), mid, d.rightTop(), w, d.rightTop()),
                new LineTo(w, d.rightBottom()),
                new CubicCurveTo(mid, d.rightBottom(), mid, d.leftBottom(), 0, d.leftBottom()),
                new ClosePath());
        path.getStyleClass().addAll("connector", VerdictStyle.cssClass(d.verdict()));
        if (d.selected()) {
            path.getStyleClass().add("connector-selected");
        }
        if (d.offscreen()) {
            path.getStyleClass().add("connector-offscreen");
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
