package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.cli.BenchStories;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.ui.columns.ArticleColumnView;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Twenty articles at 1280×720, so that columns far out of view wait as stand-ins: the columns open
 * at the top of their text, and the first click on a claim of a column not built yet builds it and
 * shows the claim's passage there, level with the other columns' passages of the claim, and it
 * stays there (columns built beside it, whose text settled after their first layout, once pulled
 * every column to another paragraph).
 */
class ClaimInUnbuiltColumnTest extends StoryWindowTest {

    @Override
    Path writeStory(Path temp) throws Exception {
        return BenchStories.writeStory(temp.resolve("twenty"), 20, 40);
    }

    @Override
    double[] windowSize() {
        return new double[] {1280, 720};
    }

    @Test
    void theFirstClickOnAClaimOfAColumnNotYetBuiltShowsItsPassageThere() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.result().articles().size() == 20
                && !vm.result().claims().isEmpty() && !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.visibleColumns().stream().filter(this::inView)
                .map(c -> c.id() + " " + c.area().firstVisibleParToAllParIndex()).toList()))
                .as("each column in view opens at the top of its text").isNotEmpty().allMatch(s -> s.endsWith(" 0"));
        Article far = vm.articles().get(15);
        assertThat(view.column(far.id())).as("a column far out of view is still a stand-in").isEmpty();
        Claim claim = deepClaimOf(far.id());

        interact(() -> vm.focusClaim(claim, far.id()));
        // the column is built (over a few turns of the FX thread) and so are the columns that came
        // into view beside it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> view.column(far.id()).isPresent()
                && noStandInInView()));
        WaitForAsyncUtils.waitForFxEvents();

        ArticleColumnView col = view.column(far.id()).orElseThrow();
        Passage passage = vm.result().passageIn(claim, far.id()).orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> col.boundsOnScreen(passage).isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds text = onFx(() -> col.area().localToScreen(col.area().getLayoutBounds()));
        Bounds shown = onFx(() -> col.boundsOnScreen(passage)).orElseThrow(
                () -> new AssertionError("the claim's passage is not on screen in " + far.id()));
        assertThat(shown.getMinY()).as("top of the passage within the column's text").isBetween(text.getMinY() - 1, text.getMaxY());
        List<String> levels = onFx(() -> view.visibleColumns().stream().filter(other -> other != col && inView(other))
                .flatMap(other -> vm.result().passageIn(claim, other.id()).flatMap(other::boundsOnScreen)
                        .map(b -> other.id() + " " + Math.round(b.getMinY() - shown.getMinY())).stream())
                .toList());
        assertThat(levels).as("columns in view showing the claim, and how far their passage is from the chosen one")
                .isNotEmpty().allSatisfy(l -> assertThat(Math.abs(Long.parseLong(l.substring(l.indexOf(' ') + 1))))
                        .as(l).isLessThanOrEqualTo(2));
    }

    /** A claim the article reports in a passage far down its text, where the top of the column cannot show it. */
    private Claim deepClaimOf(String articleId) {
        return vm.result().claims().stream().filter(c -> c.reportedBy(articleId))
                .filter(c -> c.articleIds().size() > 1)
                .filter(c -> vm.result().passageIn(c, articleId).map(p -> p.start() > 2000).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no claim deep in " + articleId));
    }

    private boolean noStandInInView() {
        Bounds row = lookup(".columns-scroll").query().localToScreen(lookup(".columns-scroll").query().getLayoutBounds());
        return lookup(".column-placeholder").queryAll().stream().map(n -> n.localToScreen(n.getLayoutBounds()))
                .noneMatch(b -> b != null && b.getMaxX() > row.getMinX() && b.getMinX() < row.getMaxX());
    }

    private boolean inView(ArticleColumnView col) {
        Bounds row = lookup(".columns-scroll").query().localToScreen(lookup(".columns-scroll").query().getLayoutBounds());
        Bounds b = col.node().localToScreen(col.node().getLayoutBounds());
        return b.getMinX() >= row.getMinX() - 1 && b.getMaxX() <= row.getMaxX() + 1;
    }

}
