package app.parallax.ui.columns;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.jspecify.annotations.Nullable;

/**
 * Where a range of a text area's text is on screen, read from the laid-out lines of its visible
 * paragraphs ({@link TextFlow#rangeShape}) without changing the scene. RichTextFX's own
 * {@code getCharacterBoundsOnScreen} puts a shape into the paragraph and takes it out again on
 * every call: about a millisecond a call, so that one redraw of the bands between nine columns
 * took 8 to 55 ms on the UI thread (2 to 14 ms this way), and every paragraph it measured had
 * changed children to be drawn again in the next pulse.
 */
final class TextBounds {

    private final GenericStyledArea<?, ?, ?> area;
    /** The area's cells of paragraphs, its child (found on first use). */
    private @Nullable VirtualFlow<?, ?> cells;

    TextBounds(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
    }

    /** The screen box of the text from {@code start} to {@code end}, over its visible paragraphs; empty when none is visible. */
    Optional<Bounds> onScreen(int start, int end) {
        TwoDimensional.Position from = area.offsetToPosition(start, TwoDimensional.Bias.Forward);
        TwoDimensional.Position to = area.offsetToPosition(end, TwoDimensional.Bias.Forward);
        @Nullable Bounds union = null;
        for (int par = from.getMajor(); par <= to.getMajor(); par++) {
            int length = area.getParagraphLength(par);
            int a = par == from.getMajor() ? from.getMinor() : 0;
            int b = Math.min(length, par == to.getMajor() ? to.getMinor() : length);
            if (b <= a) {
                continue;
            }
            Optional<TextFlow> text = paragraphText(par);
            if (text.isEmpty()) {
                continue;
            }
            Bounds screen = onScreen(text.get(), text.get().rangeShape(a, b));
            if (screen != null) {
                union = union == null ? screen : union(union, screen);
            }
        }
        return Optional.ofNullable(union);
    }

    /** The laid-out text of a paragraph in view, or empty when it is scrolled out of view. */
    private Optional<TextFlow> paragraphText(int paragraph) {
        VirtualFlow<?, ?> flow = cells;
        if (flow == null) {
            for (Node n : area.getChildrenUnmodifiable()) {
                if (n instanceof VirtualFlow<?, ?> f) {
                    flow = f;
                }
            }
            if (flow == null) {
                return Optional.empty();
            }
            cells = flow;
        }
        return flow.getCellIfVisible(paragraph).map(c -> c.getNode()).flatMap(TextBounds::textIn);
    }

    private static Optional<TextFlow> textIn(Node box) {
        if (box instanceof TextFlow t) {
            return Optional.of(t);
        }
        if (box instanceof Parent p) {
            for (Node n : p.getChildrenUnmodifiable()) {
                if (n instanceof TextFlow t) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    /** The box of a shape in the text's content coordinates, on screen; null for an empty shape or off screen. */
    private static @Nullable Bounds onScreen(TextFlow text, PathElement[] shape) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (PathElement e : shape) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        if (minX > maxX) {
            return null;
        }
        Insets in = text.getInsets();
        return text.localToScreen(new BoundingBox(minX + in.getLeft(), minY + in.getTop(), maxX - minX, maxY - minY));
    }

    private static Bounds union(Bounds a, Bounds b) {
        double minX = Math.min(a.getMinX(), b.getMinX());
        double minY = Math.min(a.getMinY(), b.getMinY());
        return new BoundingBox(minX, minY, Math.max(a.getMaxX(), b.getMaxX()) - minX,
                Math.max(a.getMaxY(), b.getMaxY()) - minY);
    }
}
