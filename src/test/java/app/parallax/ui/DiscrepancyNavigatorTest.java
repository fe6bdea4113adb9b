package app.parallax.ui;

import app.parallax.ui.model.DiscrepancyNavigator;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.report.TwoGradesStory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscrepancyNavigatorTest {

    private final Claim one = Fixtures.disputed("c1", "a", "b");
    private final Claim two = Fixtures.disputed("c2", "a", "c");
    private final Claim three = Fixtures.disputed("c3", "b", "c");
    private final DiscrepancyNavigator nav = new DiscrepancyNavigator(List.of(one, two, three));

    @Test
    void nextFromNothingIsTheFirstAndPreviousFromNothingTheLast() {
        assertThat(nav.next(null)).contains(one);
        assertThat(nav.previous(null)).contains(three);
    }

    @Test
    void nextAndPreviousStepInStoryOrderAndWrap() {
        assertThat(nav.next(one)).contains(two);
        assertThat(nav.next(three)).contains(one);
        assertThat(nav.previous(two)).contains(one);
        assertThat(nav.previous(one)).contains(three);
    }

    @Test
    void aClaimNotListedRestartsFromTheEnds() {
        Claim other = Fixtures.disputed("c9", "a", "b");
        assertThat(nav.next(other)).contains(one);
        assertThat(nav.previous(other)).contains(three);
    }

    @Test
    void noDiscrepanciesMeansNowhereToGo() {
        DiscrepancyNavigator none = new DiscrepancyNavigator(List.of());
        assertThat(none.next(null)).isEmpty();
        assertThat(none.previous(one)).isEmpty();
    }

    @Test
    void listsOnlyDisputedClaimsThatTwoShownOutletsReport() {
        ComparisonResult r = Fixtures.threeArticles();
        assertThat(DiscrepancyNavigator.of(r, Set.of()).claims()).extracting(Claim::id).containsExactly("c2");
        assertThat(DiscrepancyNavigator.of(r, Set.of("c")).claims()).extracting(Claim::id).containsExactly("c2");
        assertThat(DiscrepancyNavigator.of(r, Set.of("b")).claims()).isEmpty();
    }

    @Test
    void stepsThroughBothGradesUnlessAskedForConflictsOnly() {
        ComparisonResult r = TwoGradesStory.result();
        assertThat(DiscrepancyNavigator.of(r, Set.of()).claims()).extracting(Claim::id).containsExactly("c1", "c2");
        assertThat(DiscrepancyNavigator.of(r, Set.of(), true).claims()).extracting(Claim::id).containsExactly("c1");
        DiscrepancyNavigator both = DiscrepancyNavigator.of(r, Set.of());
        assertThat(both.next(both.next(null).orElseThrow())).map(Claim::id).contains("c2");
    }
}
