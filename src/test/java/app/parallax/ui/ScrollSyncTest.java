package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.article.Passage;
import app.parallax.ui.columns.ArticleColumnView;
import app.parallax.ui.columns.ScrollMap;
import app.parallax.ui.settings.Settings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Synchronise Scrolling on a copy of the bundled story: the other columns follow the scrolled one. */
class ScrollSyncTest extends StoryWindowTest {

    @Override
    Path writeStory(Path temp) throws Exception {
        return copyTree(Path.of("corpus", "xi-moscow-2023"), temp.resolve("story"));
    }

    @BeforeEach
    void storyCompared() throws Exception {
        until(() -> vm.result().articles().size() == 5 && !vm.result().links().isEmpty());
        shownInFull(view);
        untilColumnsSettled();
    }

    @Test
    void scrollingOneColumnBringsTheLinkedPassageOfAnotherLevel() throws Exception {
        Link link = linkStartingAParagraph("nytimes", "usatoday");
        scrollToTop("nytimes", link.source());

        until(() -> level(link).isPresent() && level(link).get() < 4);
        assertThat(level(link)).hasValueSatisfying(gap -> assertThat(gap).isLessThan(4));
    }

    @Test
    void followingColumnsDoNotScrollTheOneTheUserScrolled() throws Exception {
        Link link = linkStartingAParagraph("nytimes", "usatoday");
        scrollToTop("nytimes", link.source());
        until(() -> level(link).isPresent() && level(link).get() < 4);
        int nytTop = topParagraph("nytimes");
        int usaTop = topParagraph("usatoday");

        for (int i = 0; i < 5; i++) {
            interact(() -> javafx.application.Platform.requestNextPulse());
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(topParagraph("nytimes")).isEqualTo(nytTop).isEqualTo(paragraphOf("nytimes", link.source().start()));
        assertThat(topParagraph("usatoday")).isEqualTo(usaTop);
        assertThat(level(link)).hasValueSatisfying(gap -> assertThat(gap).isLessThan(4));
    }

    @Test
    void scrollingStillFollowsAfterAnOutletIsHidden() throws Exception {
        hide("nbcnews");
        Link link = linkStartingAParagraph("nytimes", "usatoday");
        scrollToTop("nytimes", link.source());

        until(() -> level(link).isPresent() && level(link).get() < 4);
        assertThat(level(link)).hasValueSatisfying(gap -> assertThat(gap).isLessThan(4));
    }

    @Test
    void withSynchronisedScrollingOffTheOtherColumnsStayPut() throws Exception {
        assertThat(syncScrollingItem().isSelected()).isTrue();
        setSyncScrolling(false);
        assertThat(view.settings(Settings.defaults()).syncScrolling()).isFalse();
        Link link = linkStartingAParagraph("nytimes", "usatoday");
        int usaTopBefore = topParagraph("usatoday");

        scrollToTop("nytimes", link.source());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(topParagraph("nytimes")).isEqualTo(paragraphOf("nytimes", link.source().start()));
        assertThat(topParagraph("usatoday")).isEqualTo(usaTopBefore);
    }

    @Test
    void draggingADividerKeepsTheColumnsLevelOnThePassageBeingRead() throws Exception {
        hide("ap", "cnn");
        Link link = linkStartingAParagraph("nytimes", "usatoday");
        scrollToTop("nytimes", link.source());
        until(() -> level(link).isPresent());
        clickOn("#meta-nytimes");
        WaitForAsyncUtils.waitForFxEvents();
        // as level as the text allows (a passage near the end of its text cannot come higher)
        double levelled = Math.max(4, level(link).orElseThrow() + 1);

        javafx.scene.Node divider = lookup("#connectors-nytimes-usatoday").query();
        drag(divider).moveBy(120, 0).drop();
        for (int i = 0; i < 8; i++) {
            interact(javafx.application.Platform::requestNextPulse);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(topParagraph("nytimes")).isEqualTo(paragraphOf("nytimes", link.source().start()));
        until(() -> level(link).filter(gap -> gap <= levelled).isPresent());
    }

    @Test
    void aNewSizeOfTheRowKeepsThePassageBeingReadNotTheOneLastClicked() throws Exception {
        hide("ap", "cnn");
        Passage early = vm.result().passagesOf("nytimes").stream()
                .filter(p -> vm.result().findClaim(p.id()).isPresent() && paragraphOf("nytimes", p.start()) <= 1)
                .findFirst().orElseThrow();
        clickOn(firstWordOf("nytimes", early));
        assertThat(vm.selectedClaimProperty().get()).isNotNull();
        Link link = linkStartingAParagraph("nytimes", "usatoday");
        scrollToTop("nytimes", link.source());
        until(() -> level(link).isPresent());
        javafx.scene.control.CheckMenuItem overview = viewMenuItem("menu-overview");

        // hiding the overview gives the row a new size, as a window resize does
        interact(() -> overview.setSelected(false));
        for (int i = 0; i < 8; i++) {
            interact(javafx.application.Platform::requestNextPulse);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(topParagraph("nytimes")).as("the column read stays on its passage")
                .isEqualTo(paragraphOf("nytimes", link.source().start()));
    }

    @Test
    void aWheelScrollWhileTheColumnsAreBeingLevelledAgainIsNotUndone() throws Exception {
        hide("ap", "cnn");
        Passage early = vm.result().passagesOf("nytimes").stream()
                .filter(p -> paragraphOf("nytimes", p.start()) >= 2).findFirst().orElseThrow();
        scrollToTop("nytimes", early);
        untilColumnsSettled();
        int read = topParagraph("nytimes");
        javafx.scene.control.CheckMenuItem overview = viewMenuItem("menu-overview");
        javafx.scene.Node flow = area("nytimes").lookup(".virtual-flow");
        assertThat(flow).isNotNull();

        // the row gets a new size, which starts a re-levelling (keeping the line being read) in the
        // next layout pulse; right after that pulse's first levelling pass the reader turns the wheel
        java.util.concurrent.atomic.AtomicBoolean turned = new java.util.concurrent.atomic.AtomicBoolean();
        interact(() -> {
            javafx.scene.Scene scene = flow.getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    if (!view.columnsSettled()) {
                        scene.removePostLayoutPulseListener(this);
                        javafx.event.Event.fireEvent(flow, wheel(flow, -600));
                        turned.set(true);
                    }
                }
            });
            overview.setSelected(false);
        });
        until(turned::get);
        untilColumnsSettled();
        for (int i = 0; i < 4; i++) {
            interact(javafx.application.Platform::requestNextPulse);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(topParagraph("nytimes")).as("the wheel's scroll stands").isGreaterThan(read);
    }

    /** A wheel turn of {@code deltaY} pixels over the middle of {@code target}, as the window system delivers it. */
    private static javafx.scene.input.ScrollEvent wheel(javafx.scene.Node target, double deltaY) {
        Bounds b = target.getLayoutBounds();
        javafx.geometry.Point2D screen = target.localToScreen(b.getCenterX(), b.getCenterY());
        return new javafx.scene.input.ScrollEvent(target, target, javafx.scene.input.ScrollEvent.SCROLL,
                b.getCenterX(), b.getCenterY(), screen.getX(), screen.getY(), false, false, false, false, false, false,
                0, deltaY, 0, deltaY, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null);
    }

    /**
     * Hides outlets as the filter does and waits until the columns are level again: a scroll made
     * while they are being levelled is overruled by it, and the others would not follow it.
     */
    private void hide(String... articleIds) throws Exception {
        interact(() -> vm.hiddenArticles().addAll(java.util.List.of(articleIds)));
        untilColumnsSettled();
    }

    private javafx.scene.control.CheckMenuItem viewMenuItem(String id) {
        javafx.scene.control.MenuBar bar = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no View menu item " + id));
    }

    /** The vertical gap between a claim's passages in two columns, when both first lines are in view. */
    private Optional<Double> claimGap(Claim claim, String left, String right) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Optional<Double> a = vm.result().passageIn(claim, left).flatMap(p -> topInView(left, p));
            Optional<Double> b = vm.result().passageIn(claim, right).flatMap(p -> topInView(right, p));
            return a.isPresent() && b.isPresent() ? Optional.of(Math.abs(a.get() - b.get())) : Optional.<Double>empty();
        }).get(5, TimeUnit.SECONDS);
    }

    private javafx.geometry.Point2D firstWordOf(String articleId, Passage p) throws Exception {
        StyleClassedTextArea a = area(articleId);
        Bounds b = WaitForAsyncUtils.asyncFx(() -> a.getCharacterBoundsOnScreen(p.start(), p.start() + 2).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        return new javafx.geometry.Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    /** A source passage that opens a paragraph past the first screenful and the target passage it maps to. */
    private record Link(Passage source, Passage target) {
    }

    private Link linkStartingAParagraph(String sourceId, String targetId) throws Exception {
        ScrollMap map = ScrollMap.between(vm.report(), sourceId, targetId);
        StyleClassedTextArea a = area(sourceId);
        for (Passage p : vm.result().passagesOf(sourceId)) {
            int paragraph = paragraphOf(sourceId, p.start());
            boolean opensParagraph = paragraph > 4 && a.getAbsolutePosition(paragraph, 0) == p.start();
            Optional<Passage> target = vm.result().passagesOf(targetId).stream()
                    .filter(q -> q.start() == Math.round(map.map(p.start())))
                    .filter(q -> vm.report().counterparts(p.id()).contains(q.id())).findFirst();
            if (opensParagraph && target.isPresent() && paragraphOf(targetId, target.get().start()) > 4) {
                return new Link(p, target.get());
            }
        }
        throw new AssertionError("no linked passage opening a paragraph in " + sourceId);
    }

    private void scrollToTop(String articleId, Passage p) {
        StyleClassedTextArea a = area(articleId);
        interact(() -> {
            a.showParagraphAtTop(a.offsetToPosition(p.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
            a.layout();
        });
    }

    /** The vertical gap between the two passages' first lines, when both are in view. */
    private Optional<Double> level(Link link) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Optional<Double> source = topInView("nytimes", link.source());
            Optional<Double> target = topInView("usatoday", link.target());
            return source.isPresent() && target.isPresent() ? Optional.of(Math.abs(source.get() - target.get()))
                    : Optional.<Double>empty();
        }).get(5, TimeUnit.SECONDS);
    }

    private Optional<Double> topInView(String articleId, Passage p) {
        ArticleColumnView col = view.column(articleId).orElseThrow();
        Bounds viewport = col.area().localToScreen(col.area().getLayoutBounds());
        return col.boundsOnScreen(p).map(Bounds::getMinY)
                .filter(y -> y >= viewport.getMinY() - 1 && y < viewport.getMaxY() - 10);
    }

    private int topParagraph(String articleId) throws Exception {
        StyleClassedTextArea a = area(articleId);
        return WaitForAsyncUtils.asyncFx(() -> a.visibleParToAllParIndex(0)).get(5, TimeUnit.SECONDS);
    }

    private int paragraphOf(String articleId, int offset) {
        return view.column(articleId).orElseThrow().paragraphOf(offset);
    }

    private StyleClassedTextArea area(String articleId) {
        return view.column(articleId).orElseThrow().area();
    }

}
