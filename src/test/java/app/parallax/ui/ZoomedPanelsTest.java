package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Passage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Zoom reaches what lives outside the article text: the passage popup, the side panel's lists and width. */
class ZoomedPanelsTest extends StoryWindowTest {

    @Override
    Path writeStory(Path temp) throws Exception {
        return copyTree(Path.of("corpus", "xi-moscow-2023"), temp.resolve("story"));
    }

    @BeforeEach
    void storyCompared() throws Exception {
        until(() -> vm.result().articles().size() == 5 && !vm.discrepancies().isEmpty());
        shownInFull(view);
    }

    @Test
    void thePassagePopupGrowsWithTheZoom() throws Exception {
        Passage p = firstPassageWithAClaim("nytimes");
        double before = popupFontOver(p);
        double widest = view.popover().getMaxWidth();

        zoomInTwice();

        assertThat(popupFontOver(p)).isGreaterThan(before * 1.15);
        assertThat(view.popover().getMaxWidth()).isGreaterThan(widest * 1.15);
    }

    @Test
    void theSidePanelsListsAndWidthGrowWithTheZoom() {
        double width = ((Region) lookup("#side-panel").query()).getWidth();
        double value = fontOf(lookup(".navigator-value").query());

        zoomInTwice();

        assertThat(fontOf(lookup(".navigator-value").query())).isGreaterThan(value * 1.15);
        assertThat(((Region) lookup("#side-panel").query()).getWidth()).isGreaterThan(width * 1.15);
    }

    private void zoomInTwice() {
        clickOn("View").clickOn("#menu-zoom-in");
        clickOn("View").clickOn("#menu-zoom-in");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Passage firstPassageWithAClaim(String articleId) {
        return vm.result().passagesOf(articleId).stream()
                .filter(p -> !p.boilerplate() && vm.result().findClaim(p.id()).isPresent()).findFirst().orElseThrow();
    }

    /** Hovers the passage's first word and reads the popup's text size. */
    private double popupFontOver(Passage p) throws Exception {
        moveTo("#side-panel");
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea a = view.column("nytimes").orElseThrow().area();
        untilColumnsSettled(); // a zoom re-levels the columns, which would overrule this scroll
        interact(() -> {
            a.showParagraphAtTop(a.offsetToPosition(p.start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
            a.layout();
        });
        Bounds b = WaitForAsyncUtils.asyncFx(() -> a.getCharacterBoundsOnScreen(p.start(), p.start() + 2).orElseThrow())
                .get(5, TimeUnit.SECONDS);
        moveTo(new Point2D(b.getCenterX(), b.getCenterY()));
        until(() -> view.popover().isShowing());
        WaitForAsyncUtils.waitForFxEvents();
        Node label = view.popover().getSkin().getNode();
        return ((Labeled) label).getFont().getSize();
    }

    private static double fontOf(Node n) {
        return ((Labeled) n).getFont().getSize();
    }
}
