package app.parallax.ui.pair;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.article.Article;
import app.parallax.report.PairRow;
import app.parallax.report.StoryReport;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class PairViewModelTest {

    private static final String BRIDGE = "The harbor bridge in Portland closed on Monday after inspectors found cracks in two steel beams.";
    private static final String LUNCH = "Mayor Elena Ruiz met the state engineers for lunch to discuss the repairs.";
    private static final String CARS = "About 40,000 cars cross the bridge every day, according to the city.";
    private static final String VOTE = "The council will vote on emergency funding next week.";
    private static final String TRIAL = "A trial of the new ferry timetable began on Tuesday at the eastern pier.";

    private static Article article(String id, String outlet, String... sentences) {
        return new Article(id, "", outlet, "", "", String.join(" ", sentences));
    }

    private static final Article A = article("a", "Alpha", BRIDGE, LUNCH, VOTE, TRIAL);
    private static final Article B = article("b", "Beta", BRIDGE, LUNCH.replace("lunch", "dinner"), CARS,
            TRIAL.replace("Tuesday", "Thursday"));
    private static final Article C = article("c", "Gamma", LUNCH, CARS);

    private final SimpleObjectProperty<StoryReport> story = new SimpleObjectProperty<>(report(A, B, C));
    private final List<String> shown = new ArrayList<>(List.of("b", "c", "a"));
    private final PairViewModel vm = new PairViewModel(story, () -> shown);

    private static StoryReport report(Article... articles) {
        return StoryReport.of(Comparison.compare(List.of(articles)));
    }

    @Test
    void startsWithTheFirstTwoShownColumns() {
        vm.activate();

        assertThat(vm.leftIdProperty().get()).isEqualTo("b");
        assertThat(vm.rightIdProperty().get()).isEqualTo("c");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 linked, 1 differ, 2 only in Beta, 0 only in Gamma");
    }

    @Test
    void choosingTheOtherSidesOutletSwapsTheSides() {
        vm.activate();

        vm.chooseLeft("c");

        assertThat(vm.leftIdProperty().get()).isEqualTo("c");
        assertThat(vm.rightIdProperty().get()).isEqualTo("b");
        vm.swap();
        assertThat(vm.leftIdProperty().get()).isEqualTo("b");
        vm.chooseRight("a");
        assertThat(vm.summaryProperty().get()).startsWith("3 linked, 2 differ");
    }

    @Test
    void differencesAreSteppedThroughInRowOrderAndWrap() {
        vm.activate();
        vm.chooseLeft("a");
        vm.chooseRight("b");

        vm.nextDifference();
        assertThat(vm.currentProperty().get()).isEqualTo(1);
        assertThat(vm.positionProperty().get()).isEqualTo("Difference 1 of 2: meal: ‘lunch’ / ‘dinner’");
        vm.nextDifference();
        assertThat(vm.rows().get(vm.currentProperty().get()).left().text()).isEqualTo(TRIAL);
        vm.nextDifference();
        assertThat(vm.currentProperty().get()).isEqualTo(1);
        vm.previousDifference();
        assertThat(vm.positionProperty().get()).startsWith("Difference 2 of 2: weekday");
    }

    @Test
    void aPassageChosenElsewhereMakesItsRowCurrent() {
        vm.activate();

        vm.selectRowOf(List.of("c#0", "b#1"));

        assertThat(vm.currentProperty().get()).isEqualTo(1);
        assertThat(vm.currentPassage()).contains("b#1");
        vm.selectRowOf(List.of("nowhere#1"));
        assertThat(vm.currentProperty().get()).isEqualTo(1);
    }

    @Test
    void aReplacedComparisonKeepsTheChosenOutletsAndTheCurrentRow() {
        vm.activate();
        vm.chooseLeft("a");
        vm.chooseRight("b");
        vm.nextDifference();
        PairRow before = vm.rows().get(vm.currentProperty().get());

        story.set(report(A, B, C));

        assertThat(vm.leftIdProperty().get()).isEqualTo("a");
        assertThat(vm.rightIdProperty().get()).isEqualTo("b");
        assertThat(vm.rows().get(vm.currentProperty().get())).isEqualTo(before);
    }

    @Test
    void aClosedOutletIsReplacedByTheNextShownOne() {
        vm.activate();
        vm.chooseLeft("a");
        shown.remove("b");

        story.set(report(A, C));

        assertThat(vm.leftIdProperty().get()).isEqualTo("a");
        assertThat(vm.rightIdProperty().get()).isEqualTo("c");
    }

    @Test
    void withOneArticleNothingIsComparedAndSteppingSaysNothing() {
        story.set(report(A));
        vm.activate();

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.pairProperty().get()).isNull();
        assertThat(vm.summaryProperty().get()).isEqualTo("Open at least two articles to compare two outlets.");
        vm.nextDifference();
        assertThat(vm.currentProperty().get()).isEqualTo(-1);
    }

    @Test
    void aHiddenViewDoesNotFollowTheComparison() {
        vm.activate();
        vm.deactivate();

        story.set(report(A, C));

        assertThat(vm.rightIdProperty().get()).isEqualTo("c");
        assertThat(vm.rows()).isNotEmpty();
        vm.activate();
        assertThat(vm.leftIdProperty().get()).isEqualTo("a");
        assertThat(vm.rightIdProperty().get()).isEqualTo("c");
    }
}
