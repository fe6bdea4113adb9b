package app.parallax.ui;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * TestFX window tests whose node look-ups run on the FX thread. TestFX lists the open windows from
 * the test thread; when the reader opens or closes its passage popup at that moment the list
 * changes under it and the look-up fails with an index out of bounds (seen on a busy CI machine).
 * Looking up on the FX thread, where windows open and close, cannot race.
 */
abstract class ReaderFxTest extends ApplicationTest {

    @Override
    public NodeQuery lookup(String query) {
        return onFxThread(() -> super.lookup(query));
    }

    @Override
    public <T extends Node> NodeQuery lookup(Predicate<T> predicate) {
        return onFxThread(() -> super.lookup(predicate));
    }

    /**
     * Where to click, drag or move to on a node, its bounds read on the FX thread. TestFX reads them
     * on the test thread; while the reader lays out the row of columns a turn at a time that read
     * raced the pulse and left the row's cached bounds broken (an index of -1 in
     * {@code Parent.updateCachedBounds} on the FX thread, every later window test failing with it).
     */
    @Override
    public org.testfx.service.query.PointQuery point(Node node) {
        javafx.geometry.Bounds bounds;
        try {
            bounds = WaitForAsyncUtils.asyncFx(() -> node.localToScreen(node.getBoundsInLocal())).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("bounds of " + node + " on the FX thread", e);
        }
        if (bounds == null) {
            throw new IllegalStateException(node + " is not on screen");
        }
        targetWindow(node.getScene().getWindow());
        return point(bounds);
    }

    /** The overview cell of a claim and an outlet (cells carry a key, not a node id). */
    NodeQuery matrixCell(String claimId, String articleId) {
        String key = app.parallax.ui.overview.OverviewMatrixView.cellKey(claimId, articleId);
        return lookup((Node n) -> n.getStyleClass().contains("matrix-cell")
                && app.parallax.ui.overview.OverviewMatrixView.keyOf(n).filter(key::equals).isPresent());
    }

    /**
     * Waits until the overview and the navigator show the view's current result: they take a new
     * result a turn or two after the columns.
     */
    static void shownInFull(app.parallax.ui.shell.ReaderView view) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(view::resultShownInFull).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Reads the window's state on the FX thread, which changes it while a story opens (iterating
     * the columns from the test thread meanwhile threw ConcurrentModificationException).
     */
    static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
    }

    private static NodeQuery onFxThread(Supplier<NodeQuery> lookup) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            return lookup.get();
        }
        try {
            return WaitForAsyncUtils.asyncFx(lookup::get).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("node look-up on the FX thread failed", e);
        }
    }
}
