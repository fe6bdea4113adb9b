package app.parallax.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Passage;
import app.parallax.report.StoryReport;
import app.parallax.ui.columns.ScrollMap;
import org.junit.jupiter.api.Test;

class ScrollMapTest {

    private final ComparisonResult r = Fixtures.threeArticles();
    private final StoryReport report = StoryReport.of(r);

    private Passage p(String id) {
        return r.requirePassage(id);
    }

    @Test
    void aLinkedPassageStartMapsToItsCounterpartsStart() {
        ScrollMap map = ScrollMap.between(report, "a", "b");
        assertThat(map.anchors()).isEqualTo(2);
        assertThat(map.map(p("a#1").start())).isEqualTo(p("b#1").start());
        assertThat(map.map(p("a#0").start())).isEqualTo(p("b#0").start());
    }

    @Test
    void insideALinkedPassageTheMapIsProportional() {
        ScrollMap map = ScrollMap.between(report, "a", "b");
        Passage a1 = p("a#1");
        Passage b1 = p("b#1");
        double middle = map.map((a1.start() + a1.end()) / 2.0);
        assertThat(middle).isCloseTo((b1.start() + b1.end()) / 2.0, within(0.01));
    }

    @Test
    void withoutACounterpartTheMapInterpolatesToTheEnd() {
        ScrollMap map = ScrollMap.between(report, "a", "c");
        assertThat(map.anchors()).isEqualTo(1);
        double afterLink = map.map(p("a#2").start());
        assertThat(afterLink).isBetween((double) p("c#0").end(), (double) Fixtures.C_TEXT.length());
        assertThat(map.map(Fixtures.A_TEXT.length())).isEqualTo(Fixtures.C_TEXT.length());
    }

    @Test
    void theMapNeverGoesBackwards() {
        ScrollMap map = ScrollMap.between(report, "b", "a");
        double last = -1;
        for (int i = 0; i <= Fixtures.B_TEXT.length(); i++) {
            assertThat(map.map(i)).as("offset %d", i).isGreaterThanOrEqualTo(last);
            last = map.map(i);
        }
    }

    @Test
    void articlesSharingNothingMapByRelativePosition() {
        assertThat(ScrollMap.relative(100, 50).map(40)).isEqualTo(20);
        assertThat(ScrollMap.relative(100, 50).map(500)).isEqualTo(50);
    }
}
