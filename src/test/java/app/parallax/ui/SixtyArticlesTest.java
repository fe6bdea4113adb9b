package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.cli.BenchStories;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.ui.columns.ArticleColumnView;
import app.parallax.ui.columns.VerdictStyle;
import app.parallax.ui.model.ComparisonEngine;
import app.parallax.ui.model.ReaderViewModel;
import app.parallax.ui.overview.OverviewMatrixView;
import app.parallax.ui.settings.Settings;
import app.parallax.ui.shell.ReaderView;
import app.parallax.ui.tasks.Background;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sixty articles at 1280×720: the window answers while the story is compared, Cancel stops the
 * comparison inside the engine and keeps what is shown, and the overview leaves room for text.
 * The full comparison is held at its start until the test lets it go, so "while comparing" is a
 * state the test waits for, not a race with the engine.
 */
class SixtyArticlesTest extends ReaderFxTest {

    @TempDir
    Path temp;

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch fullStarted = new CountDownLatch(1);
    private final CompletableFuture<Throwable> fullOutcome = new CompletableFuture<>();
    private Background compute;
    private Background io;
    private ReaderViewModel vm;
    private ReaderView view;

    @Override
    public void start(Stage stage) throws Exception {
        Path story = BenchStories.writeStory(temp.resolve("sixty"), 60, 40);
        compute = Background.named("sixty-compare");
        io = Background.named("sixty-io");
        ComparisonEngine words = ComparisonEngine.fast();
        app.parallax.core.Comparison engine = app.parallax.core.Comparison.standard();
        vm = new ReaderViewModel(compute, io, words, held(engine::run));
        view = new ReaderView(vm, Settings.defaults());
        stage.setScene(view.createScene(1280, 720));
        stage.show();
        vm.open(List.of(story));
    }

    /** The real engine, started only once the test releases it; records how its run ended. */
    private ComparisonEngine held(ComparisonEngine engine) {
        return (List<Article> articles, ProgressListener progress) -> {
            fullStarted.countDown();
            try {
                awaitIgnoringInterrupts(release);
                ComparisonResult r = engine.compare(articles, progress);
                fullOutcome.complete(null);
                return r;
            } catch (RuntimeException e) {
                fullOutcome.complete(e);
                throw e;
            }
        };
    }

    /** Waits for the latch even when cancelling interrupts the thread: the engine itself must notice the cancellation. */
    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void stopThreads() {
        release.countDown();
        compute.close();
        io.close();
    }

    @Test
    void overviewLeavesRoomMenusOpenWhileComparingAndCancelStopsTheEngineKeepingTheWordsOnlyResult() throws Exception {
        showsWordsOnlyResultWhileTheFullOneIsHeld();
        theOutletFilterListsAndChecksEveryArticle();
        theOverviewLeavesTheColumnsTheirTextAndBuildsOnlyTheCellsInView();
        theNavigatorListsAFewValuesOfAClaim();
        clickOn("File");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> menuShowing());
        assertThat(vm.comparingProperty().get()).as("the menu opened while the comparison still runs").isTrue();
        interact(this::hideMenus);
        assertThat(vm.comparingProperty().get()).isTrue();

        clickOn("#cancel-comparison");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.comparingProperty().get());
        release.countDown();
        Throwable outcome = fullOutcome.get(60, TimeUnit.SECONDS);
        assertThat(outcome).as("the engine stopped at its first check").isInstanceOf(java.util.concurrent.CancellationException.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.statusProperty().get()).startsWith("Comparison cancelled");
        assertThat(vm.result().articles()).as("the words-only result stays").hasSize(60);
        assertThat(vm.busyProperty().get()).isFalse();
        clickOn("View");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> menuShowing());
        interact(this::hideMenus);
        aColumnScrolledIntoViewGetsItsTextAndHighlights();
        aClaimChosenInTheOverviewBringsItsUnbuiltColumnIntoView();
    }

    /**
     * A claim chosen for an outlet whose column still waits as a stand-in (a click in the overview)
     * builds that column and scrolls the row sideways to it.
     */
    private void aClaimChosenInTheOverviewBringsItsUnbuiltColumnIntoView() throws Exception {
        Article middle = vm.articles().get(30);
        assertThat(view.column(middle.id())).as("a column far from both ends of the row is not built").isEmpty();
        // not in dispute: the row then shows the chosen column, not the nearest two that disagree
        Claim claim = vm.result().claims().stream().filter(c -> c.reportedBy(middle.id()))
                .filter(c -> c.verdict() != app.parallax.core.classify.Verdict.DISPUTED).findFirst()
                .orElseThrow(() -> new AssertionError("no undisputed claim reported by " + middle.id()));

        interact(() -> vm.focusClaim(claim, middle.id()));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.column(middle.id()).isPresent());
        ArticleColumnView col = view.column(middle.id()).orElseThrow();
        ScrollPane row = lookup(".columns-scroll").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Bounds viewport = row.localToScreen(row.getLayoutBounds());
            Bounds column = col.node().localToScreen(col.node().getLayoutBounds());
            return column.getMinX() >= viewport.getMinX() - 1 && column.getMaxX() <= viewport.getMaxX() + 1;
        }).get());
    }

    /**
     * The last column, far out of view, waits as a stand-in of its width; scrolled into view, it is
     * built with its text and its highlights.
     */
    private void aColumnScrolledIntoViewGetsItsTextAndHighlights() throws Exception {
        Article last = vm.articles().get(vm.articles().size() - 1);
        assertThat(view.column(last.id())).as("a column far out of view is not built").isEmpty();
        assertThat(standIn(last.id())).isPresent();
        Passage shared = vm.result().passagesOf(last.id()).stream()
                .filter(p -> vm.result().findClaim(p.id()).isPresent() && vm.report().verdictOf(p).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no passage of " + last.id() + " in a claim"));
        String verdictClass = VerdictStyle.cssClass(vm.report().verdictOf(shared).orElseThrow());
        ScrollPane row = lookup(".columns-scroll").query();

        interact(() -> row.setHvalue(1));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.column(last.id()).isPresent());
        StyleClassedTextArea area = view.column(last.id()).orElseThrow().area();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !area.getVisibleParagraphs().isEmpty() && area.getStyleOfChar(shared.start()).contains(verdictClass)).get());
        assertThat(area.getText()).isEqualTo(last.text());
        assertThat(standIn(last.id())).isEmpty();
    }

    /** The stand-in of an article's unbuilt column (it carries the article's id as its user data). */
    private java.util.Optional<javafx.scene.Node> standIn(String articleId) {
        return lookup((javafx.scene.Node n) -> n.getStyleClass().contains("column-placeholder")
                && articleId.equals(n.getUserData())).tryQuery();
    }

    /** A discrepancy with a value from each of many outlets lists six values and counts the others, instead of a row of 60 lines. */
    private void theNavigatorListsAFewValuesOfAClaim() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup(".navigator-cell").queryAll().isEmpty());
        List<List<String>> rows = WaitForAsyncUtils.asyncFx(() -> lookup(".navigator-cell").queryAll().stream()
                .map(cell -> cell.lookupAll(".navigator-value").stream()
                        .map(l -> ((javafx.scene.control.Label) l).getText()).toList())
                .filter(lines -> !lines.isEmpty()).toList()).get(10, TimeUnit.SECONDS);
        assertThat(rows).isNotEmpty().allSatisfy(lines -> assertThat(lines).hasSizeLessThanOrEqualTo(7));
        assertThat(rows).as("a claim with more than six values").anySatisfy(lines ->
                assertThat(lines.get(lines.size() - 1)).matches("and \\d+ more values"));
    }

    /** With the overview shown, every column in view shows lines of text and the status bar stays in the window. */
    private void theOverviewLeavesTheColumnsTheirTextAndBuildsOnlyTheCellsInView() throws Exception {
        int cells = lookup(".matrix-cell").queryAll().size();
        int claims = vm.result().claims().size();
        assertThat(cells).as("cells built, of %d claims × 60 outlets", claims)
                .isLessThan(OverviewMatrixView.MAX_ROWS * 200);
        ScrollPane row = lookup(".columns-scroll").query();
        javafx.scene.Node statusBar = lookup("#status-bar").query();
        // bounds are read on the FX thread: read here they race the pulse laying out the row
        Bounds viewport = onFx(() -> row.localToScreen(row.getLayoutBounds()));
        Bounds status = onFx(() -> statusBar.localToScreen(statusBar.getBoundsInLocal()));
        Bounds window = onFx(() -> row.getScene().getRoot().localToScreen(row.getScene().getRoot().getLayoutBounds()));
        assertThat(status.getMaxY()).as("the status bar stays in the window").isLessThanOrEqualTo(window.getMaxY() + 0.5);
        int inView = 0;
        for (ArticleColumnView col : onFx(() -> List.copyOf(view.visibleColumns()))) {
            Bounds b = onFx(() -> col.node().localToScreen(col.node().getLayoutBounds()));
            if (b.getMaxX() <= viewport.getMinX() || b.getMinX() >= viewport.getMaxX()) {
                continue;
            }
            inView++;
            StyleClassedTextArea area = col.area();
            // a column that has just joined the row, or whose text a result has just restyled (new
            // paragraph cells), shows its lines after a layout pulse of its own: the state waited
            // for is lines shown; a second look a turn later could fall between restyle and layout
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> !area.getVisibleParagraphs().isEmpty()).get());
            assertThat(area.getHeight()).as("text height of %s", col.id()).isGreaterThan(150);
        }
        assertThat(inView).isGreaterThanOrEqualTo(3);
    }

    private void showsWordsOnlyResultWhileTheFullOneIsHeld() throws Exception {
        assertThat(fullStarted.await(120, TimeUnit.SECONDS)).as("the full comparison started").isTrue();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.result().articles().size() == 60
                && WaitForAsyncUtils.asyncFx(() -> lookup(".article-column").queryAll().size()
                        + lookup(".column-placeholder").queryAll().size()).get() == 60);
        WaitForAsyncUtils.waitForFxEvents();
    }


    /** The outlet filter follows the opened story in a pulse turn of its own: every article listed and checked. */
    private void theOutletFilterListsAndChecksEveryArticle() throws Exception {
        org.controlsfx.control.CheckComboBox<?> outlets = lookup("#outlet-filter").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> outlets.getItems().size() == 60
                && outlets.getCheckModel().getCheckedItems().size() == 60));
        assertThat(onFx(() -> vm.hiddenArticles().isEmpty())).as("syncing the filter hides nothing").isTrue();
    }

    private void hideMenus() {
        MenuBar bar = lookup(".menu-bar").query();
        bar.getMenus().forEach(javafx.scene.control.Menu::hide);
    }

    private boolean menuShowing() {
        MenuBar bar = lookup(".menu-bar").query();
        return bar.getMenus().stream().anyMatch(m -> m.isShowing());
    }

}
