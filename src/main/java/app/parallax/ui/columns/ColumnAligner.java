package app.parallax.ui.columns;

import app.parallax.ui.model.ReaderViewModel;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Passage;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;

/**
 * Scrolls columns so one claim's passages sit level with each other: the anchor column's passage
 * stays where it is (or goes a third of the way down when it is out of view) and every other
 * column brings its passage of the claim to the same height.
 */
final class ColumnAligner {

    private final ScrollPane columnsScroll;
    private final HBox columnsBox;

    public ColumnAligner(ScrollPane columnsScroll, HBox columnsBox) {
        this.columnsScroll = columnsScroll;
        this.columnsBox = columnsBox;
    }

    /**
     * @param preferred the column the user acted in, or null to use the first shown column that
     *                  reports the claim
     */
    public void reveal(ReaderViewModel.Focus focus, ComparisonResult r, List<ArticleColumnView> shown,
                ArticleColumnView preferred) {
        reveal(focus, r, shown, preferred, id -> Optional.empty());
    }

    /**
     * As {@link #reveal(ReaderViewModel.Focus, ComparisonResult, List, ArticleColumnView)}; for a
     * disputed claim the row also scrolls sideways so that two columns giving different values
     * (the nearest such pair, the preferred column's side when it has one) are both in view, as
     * Meld and WinMerge show both sides of the current difference.
     *
     * @param valueOf the value each article gives in the claim, empty when it gives none
     */
    public void reveal(ReaderViewModel.Focus focus, ComparisonResult r, List<ArticleColumnView> shown,
                ArticleColumnView preferred, Function<String, Optional<String>> valueOf) {
        Claim claim = focus.claim();
        Optional<OpposingSides.Pair> sides = OpposingSides.nearest(shown.stream().map(ArticleColumnView::id).toList(),
                valueOf, preferred != null && shown.contains(preferred) ? preferred.id() : null);
        ArticleColumnView anchor = preferred != null && shown.contains(preferred) ? preferred
                : sides.map(p -> byId(shown, p.left()))
                        .orElseGet(() -> shown.stream().filter(c -> claim.reportedBy(c.id())).findFirst().orElse(null));
        Passage anchorPassage = anchor == null ? null : r.passageIn(claim, anchor.id()).orElse(null);
        if (anchorPassage == null) {
            return;
        }
        if (sides.isPresent()) {
            scrollIntoView(byId(shown, sides.get().left()), byId(shown, sides.get().right()));
        } else {
            scrollIntoView(anchor);
        }
        if (focus.anchorPassageId() == null || anchor.boundsOnScreen(anchorPassage).isEmpty()) {
            placeAt(anchor, anchorPassage, thirdDown(anchor));
        }
        Optional<Bounds> at = anchor.boundsOnScreen(anchorPassage);
        if (at.isEmpty()) {
            return;
        }
        double y = at.get().getMinY();
        for (ArticleColumnView col : shown) {
            if (col != anchor) {
                r.passageIn(claim, col.id()).ifPresent(p -> placeAt(col, p, y));
            }
        }
    }

    private static ArticleColumnView byId(List<ArticleColumnView> shown, String id) {
        return shown.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Scrolls the row sideways so that both columns show, centred together when they fit; when
     * they do not, the left one shows at the left edge.
     */
    public void scrollIntoView(ArticleColumnView left, ArticleColumnView right) {
        double viewport = columnsScroll.getViewportBounds().getWidth();
        double content = columnsBox.getWidth() - viewport;
        if (content <= 0) {
            return;
        }
        Bounds a = inRow(left);
        Bounds b = inRow(right);
        double minX = Math.min(a.getMinX(), b.getMinX());
        double maxX = Math.max(a.getMaxX(), b.getMaxX());
        double shownFrom = columnsScroll.getHvalue() * content;
        if (minX >= shownFrom - 0.5 && maxX <= shownFrom + viewport + 0.5) {
            return;
        }
        double from = maxX - minX <= viewport ? (minX + maxX - viewport) / 2 : minX;
        columnsScroll.setHvalue(Math.max(0, Math.min(1, from / content)));
        columnsScroll.layout();
    }

    /** Scrolls the row of columns sideways, when it is wider than the window, so the column shows. */
    public void scrollIntoView(ArticleColumnView col) {
        double content = columnsBox.getWidth() - columnsScroll.getViewportBounds().getWidth();
        if (content <= 0) {
            return;
        }
        Bounds b = inRow(col);
        double left = columnsScroll.getHvalue() * content;
        double viewport = columnsScroll.getViewportBounds().getWidth();
        if (b.getMinX() < left || b.getMaxX() > left + viewport) {
            columnsScroll.setHvalue(Math.min(1, b.getMinX() / content));
            columnsScroll.layout();
        }
    }

    /** A column's bounds in the row (the column sits in a holder, see {@link RowSlots}). */
    private Bounds inRow(ArticleColumnView col) {
        Node n = col.node();
        return columnsBox.sceneToLocal(n.localToScene(n.getLayoutBounds()));
    }

    private static double thirdDown(ArticleColumnView col) {
        return col.area().localToScreen(0, 0).getY() + col.area().getViewportHeight() / 3;
    }

    /** Scrolls a column so the passage's first line is at {@code screenY}, as near as the text allows. */
    private static void placeAt(ArticleColumnView col, Passage p, double screenY) {
        placeAt(col, p.start(), () -> col.boundsOnScreen(p), screenY);
    }

    /** Scrolls a column so the line holding {@code offset} starts at {@code screenY}, as near as the text allows. */
    static void placeOffsetAt(ArticleColumnView col, int offset, double screenY) {
        placeAt(col, offset, () -> lineBounds(col, offset), screenY);
    }

    private static void placeAt(ArticleColumnView col, int offset, Supplier<Optional<Bounds>> where, double screenY) {
        var area = col.area();
        area.showParagraphAtTop(col.paragraphOf(offset));
        area.layout();
        where.get().ifPresent(b -> {
            area.scrollYBy(b.getMinY() - screenY);
            area.layout();
        });
    }

    /** The text offset at the start of a column's top visible line and that line's top on screen. */
    static Optional<TopLine> topLine(ArticleColumnView col) {
        var area = col.area();
        Bounds view = area.localToScreen(area.getLayoutBounds());
        if (view == null || area.getLength() == 0 || area.getVisibleParagraphs().isEmpty()) {
            return Optional.empty();
        }
        try {
            int hit = area.hit(area.getLayoutBounds().getMinX() + 1, 1).getInsertionIndex();
            // a hit just above the top paragraph gives the end of the one before it
            int offset = hit < area.getLength() && area.getText(hit, hit + 1).equals("\n") ? hit + 1 : hit;
            return lineBounds(col, offset).map(b -> new TopLine(offset, b.getMinY()));
        } catch (RuntimeException notLaidOut) {
            return Optional.empty();
        }
    }

    /** Where the line holding {@code offset} is on screen, when it is laid out. */
    private static Optional<Bounds> lineBounds(ArticleColumnView col, int offset) {
        var area = col.area();
        int length = area.getLength();
        if (length == 0) {
            return Optional.empty();
        }
        int at = Math.max(0, Math.min(offset, length - 1));
        try {
            // read from the laid-out lines (TextBounds): RichTextFX's getCharacterBoundsOnScreen
            // changes the paragraph's children on every call, and noting each column's top line
            // that way was the largest part of the UI thread's work in the stalls while nine opened
            Optional<Bounds> b = col.textOnScreen(at, at + 1);
            return b.isPresent() || at == 0 ? b : col.textOnScreen(at - 1, at);
        } catch (RuntimeException notLaidOut) {
            return Optional.empty();
        }
    }

    /** The first character of a column's top line and the line's top edge in screen coordinates. */
    record TopLine(int offset, double screenY) {
        /** True when {@code other} shows the same line at the same height, within half a pixel. */
        boolean sameAs(TopLine other) {
            return other != null && other.offset == offset && Math.abs(other.screenY - screenY) < 0.5;
        }
    }
}
