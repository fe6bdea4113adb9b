package app.parallax.ui;

import app.parallax.ui.columns.HighlightPlan;
import app.parallax.ui.find.FindModel;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.report.StoryReport;
import app.parallax.report.TwoGradesStory;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HighlightPlanTest {

    private final ComparisonResult r = Fixtures.threeArticles();

    /** One line per styled stretch: "[text] class class". */
    private static String render(String text, List<HighlightPlan.Span> spans) {
        return spans.stream()
                .map(s -> "[" + text.substring(s.start(), s.end()) + "] "
                        + s.classes().stream().sorted().collect(Collectors.joining(" ")))
                .map(String::strip)
                .collect(Collectors.joining("\n"));
    }

    @Test
    void passagesTakeTheirClaimsVerdictAndConflictingWordsAreMarked() {
        String text = Fixtures.A_TEXT;
        assertThat(render(text, HighlightPlan.of(StoryReport.of(r), "a", text.length(), HighlightPlan.Marks.plain()))).isEqualTo("""
                [Xi meets Putin.] verdict-agreed
                [ ]
                [They have ] verdict-disputed
                [lunch] conflict-words verdict-disputed
                [ on Monday.] verdict-disputed
                [ ]
                [Weather was fine.] verdict-single""");
    }

    @Test
    void valuesThatDifferArePaintedApartFromConflicts() {
        String text = TwoGradesStory.A;
        StoryReport report = StoryReport.of(TwoGradesStory.result());
        assertThat(render(text, HighlightPlan.of(report, "a", text.length(), HighlightPlan.Marks.plain()))).isEqualTo("""
                [The bridge closed on ] verdict-disputed
                [Monday] conflict-words verdict-disputed
                [.] verdict-disputed
                [ ]
                [About 40] values-differ-words verdict-values-differ
                [ people were hurt.] verdict-values-differ
                [ ]
                [The mayor spoke.] verdict-agreed""");
        var conflictsShown = new HighlightPlan.Marks(Set.of(Verdict.DISPUTED), Set.of(), Set.of(), List.of());
        assertThat(render(text, HighlightPlan.of(report, "a", text.length(), conflictsShown)))
                .contains("[Monday] conflict-words verdict-disputed").doesNotContain("values-differ");
    }

    @Test
    void conflictingWordsOnTheBSideComeFromTheBRange() {
        String text = Fixtures.B_TEXT;
        String plan = render(text, HighlightPlan.of(StoryReport.of(r), "b", text.length(), HighlightPlan.Marks.plain()));
        assertThat(plan).contains("[dinner] conflict-words verdict-disputed").contains("[Read more here.] boilerplate");
    }

    @Test
    void verdictsFilteredOutAreNotHighlighted() {
        String text = Fixtures.A_TEXT;
        var marks = new HighlightPlan.Marks(Set.of(Verdict.AGREED), Set.of(), Set.of(), List.of());
        String plan = render(text, HighlightPlan.of(StoryReport.of(r), "a", text.length(), marks));
        assertThat(plan).contains("[Xi meets Putin.] verdict-agreed")
                .doesNotContain("verdict-disputed").doesNotContain("conflict-words").doesNotContain("verdict-single");
    }

    @Test
    void hoverOutlineSelectionAndNotesAddTheirClasses() {
        String text = Fixtures.A_TEXT;
        Note note = new Note("n1", "a", new TextRange(0, 2), "Xi", "check", Instant.EPOCH);
        Note elsewhere = new Note("n2", "b", new TextRange(3, 5), "me", "", Instant.EPOCH);
        var marks = new HighlightPlan.Marks(Set.of(Verdict.values()), Set.of("a#0"), Set.of("a#1"), List.of(note, elsewhere));
        String plan = render(text, HighlightPlan.of(StoryReport.of(r), "a", text.length(), marks));
        assertThat(plan).startsWith("[Xi] note-anchor passage-outlined verdict-agreed\n[ meets Putin.] passage-outlined verdict-agreed")
                .contains("[lunch] conflict-words passage-selected verdict-disputed")
                .doesNotContain("[me]");
    }

    @Test
    void findMatchesAreMarkedAndTheCurrentOneApart() {
        String text = Fixtures.A_TEXT;
        var xi = new FindModel.Match("a", 0, 2);
        var putin = new FindModel.Match("a", 9, 14);
        var marks = new HighlightPlan.Marks(Set.of(Verdict.values()), Set.of(), Set.of(), List.of(),
                List.of(xi, putin, new FindModel.Match("b", 3, 5)), java.util.Optional.of(putin));
        String plan = render(text, HighlightPlan.of(StoryReport.of(r), "a", text.length(), marks));
        assertThat(plan).startsWith("""
                [Xi] find-match verdict-agreed
                [ meets ] verdict-agreed
                [Putin] find-current verdict-agreed
                [.] verdict-agreed""").doesNotContain("[et]");
    }

    @Test
    void spansCoverTheWholeTextEvenWithoutPassages() {
        List<HighlightPlan.Span> spans = HighlightPlan.of(StoryReport.of(ComparisonResult.empty()), "x", 12, HighlightPlan.Marks.plain());
        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.start()).isZero();
            assertThat(s.end()).isEqualTo(12);
            assertThat(s.classes()).isEmpty();
        });
    }

    @Test
    void aHoverRestylesOnlyTheHoveredPassage() {
        String text = Fixtures.A_TEXT;
        StoryReport report = StoryReport.of(r);
        List<HighlightPlan.Span> plain = HighlightPlan.of(report, "a", text.length(), HighlightPlan.Marks.plain());
        String lunchPassage = r.passagesOf("a").get(1).id();
        var hover = new HighlightPlan.Marks(Set.of(Verdict.values()), Set.of(lunchPassage), Set.of(), List.of());
        List<HighlightPlan.Span> hovered = HighlightPlan.of(report, "a", text.length(), hover);

        HighlightPlan.Change change = HighlightPlan.Change.between(plain, hovered);

        assertThat(text.substring(change.from(), change.spans().get(change.spans().size() - 1).end()))
                .isEqualTo("They have lunch on Monday.");
        assertThat(render(text, change.spans())).isEqualTo("""
                [They have ] passage-outlined verdict-disputed
                [lunch] conflict-words passage-outlined verdict-disputed
                [ on Monday.] passage-outlined verdict-disputed""");
    }

    @Test
    void aFirstPlanOrAnotherLengthIsAppliedWhole() {
        List<HighlightPlan.Span> plan = HighlightPlan.of(StoryReport.of(r), "a", Fixtures.A_TEXT.length(), HighlightPlan.Marks.plain());
        assertThat(HighlightPlan.Change.between(List.of(), plan)).isEqualTo(new HighlightPlan.Change(0, plan));
        List<HighlightPlan.Span> other = List.of(new HighlightPlan.Span(0, 3, Set.of()));
        assertThat(HighlightPlan.Change.between(other, plan)).isEqualTo(new HighlightPlan.Change(0, plan));
    }
}
