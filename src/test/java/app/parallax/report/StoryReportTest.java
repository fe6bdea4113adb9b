package app.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryReportTest {

    private static final String A = "Xi meets Putin on Monday. The talks are long.";
    private static final String B = "Xi meets Putin on Tuesday. The talks are long.";
    private static final String C = "Xi meets Putin on Monday.";

    private static Passage passage(Article a, int i, String sentence) {
        int start = a.text().indexOf(sentence);
        return new Passage(Passage.idOf(a.id(), i), a.id(), i, new TextRange(start, start + sentence.length()), sentence, false);
    }

    /** One disputed claim of four passages: two state the weekday, a's second sentence does not. */
    private static StoryReport report(List<ClaimValue> values) {
        Article a = new Article("a", "", "Alpha", "", "", A);
        Article b = new Article("b", "", "Beta", "", "", B);
        Article c = new Article("c", "", "Gamma", "", "", C);
        Passage a0 = passage(a, 0, "Xi meets Putin on Monday.");
        Passage a1 = passage(a, 1, "The talks are long.");
        Passage b0 = passage(b, 0, "Xi meets Putin on Tuesday.");
        Passage b1 = passage(b, 1, "The talks are long.");
        Passage c0 = passage(c, 0, "Xi meets Putin on Monday.");
        int mon = A.indexOf("Monday");
        int tue = B.indexOf("Tuesday");
        Difference weekday = new Difference(DifferenceKind.CONFLICT, ConflictKind.WEEKDAY, "Monday", "Tuesday",
                new TextRange(mon, mon + 6), new TextRange(tue, tue + 7));
        List<Link> links = List.of(new Link(a0.id(), b0.id(), 0.9, List.of(weekday)),
                new Link(a1.id(), b1.id(), 1, List.of()), new Link(a0.id(), c0.id(), 1, List.of()));
        Claim claim = new Claim("c1", List.of(a0.id(), a1.id(), b0.id(), b1.id(), c0.id()), List.of("a", "b", "c"),
                Verdict.DISPUTED, values);
        return StoryReport.of(new ComparisonResult(List.of(a, b, c), List.of(a0, a1, b0, b1, c0), links, List.of(claim)));
    }

    private static final List<ClaimValue> WEEKDAYS = List.of(
            new ClaimValue(ConflictKind.WEEKDAY, "Monday", List.of("a", "c")),
            new ClaimValue(ConflictKind.WEEKDAY, "Tuesday", List.of("b")));

    @Test
    void aClaimIsQuotedByAPassageThatHoldsOneOfItsFlagsOfTheListsGrade() {
        Article a = new Article("a", "", "Alpha", "", "", A);
        Article b = new Article("b", "", "Beta", "", "", B);
        Passage a0 = passage(a, 0, "Xi meets Putin on Monday.");
        Passage a1 = passage(a, 1, "The talks are long.");
        Passage b0 = passage(b, 0, "Xi meets Putin on Tuesday.");
        Passage b1 = passage(b, 1, "The talks are long.");
        int mon = A.indexOf("Monday");
        int tue = B.indexOf("Tuesday");
        int longA = A.indexOf("long");
        int longB = B.indexOf("long");
        Difference weekday = new Difference(DifferenceKind.CONFLICT, ConflictKind.WEEKDAY, "Monday", "Tuesday",
                new TextRange(mon, mon + 6), new TextRange(tue, tue + 7));
        Difference worthALook = new Difference(DifferenceKind.CONFLICT, ConflictKind.NUMBER, "long", "long",
                new TextRange(longA, longA + 4), new TextRange(longB, longB + 4), Grade.VALUES_DIFFER);
        // the claim lists first the pair whose link agrees, then the flagged ones
        Claim claim = new Claim("c1", List.of(a1.id(), b1.id(), a0.id(), b0.id()), List.of("a", "b"), Verdict.DISPUTED,
                WEEKDAYS);
        StoryReport withConflict = StoryReport.of(new ComparisonResult(List.of(a, b), List.of(a0, a1, b0, b1),
                List.of(new Link(a1.id(), b1.id(), 1, List.of()), new Link(a0.id(), b0.id(), 0.9, List.of(weekday))),
                List.of(claim)));
        assertThat(withConflict.leadPassage(claim, Grade.CONFLICT)).map(Passage::id).contains(a0.id());
        // no flag of the values-differ grade: any flag
        assertThat(withConflict.leadPassage(claim, Grade.VALUES_DIFFER)).map(Passage::id).contains(a0.id());
        StoryReport withBoth = StoryReport.of(new ComparisonResult(List.of(a, b), List.of(a0, a1, b0, b1),
                List.of(new Link(a1.id(), b1.id(), 1, List.of(worthALook)), new Link(a0.id(), b0.id(), 0.9, List.of(weekday))),
                List.of(claim)));
        assertThat(withBoth.leadPassage(claim, Grade.VALUES_DIFFER)).map(Passage::id).contains(a1.id());
        assertThat(withBoth.leadPassage(claim, Grade.CONFLICT)).map(Passage::id).contains(a0.id());
    }

    @Test
    void onlyPassagesThatStateAValueAreDisputed() {
        StoryReport r = report(WEEKDAYS);
        assertThat(r.verdictOf(r.result().requirePassage("a#0"))).contains(Verdict.DISPUTED);
        assertThat(r.verdictOf(r.result().requirePassage("b#0"))).contains(Verdict.DISPUTED);
        assertThat(r.verdictOf(r.result().requirePassage("a#1"))).contains(Verdict.AGREED);
        assertThat(r.verdictOf(r.result().requirePassage("b#1"))).contains(Verdict.AGREED);
        assertThat(r.conflictRanges(r.result().requirePassage("a#1"))).isEmpty();
    }

    @Test
    void aWarmedReportShowsWhatAColdOneWorksOutOnDemand() {
        StoryReport cold = report(WEEKDAYS);
        StoryReport warm = StoryReport.of(cold.result()).warm();
        for (Passage p : cold.result().passages()) {
            assertThat(warm.verdictOf(p)).isEqualTo(cold.verdictOf(p));
            assertThat(warm.flaggedRanges(p)).isEqualTo(cold.flaggedRanges(p));
        }
        assertThat(warm.flaggedClaims()).map(warm::values).isEqualTo(cold.flaggedClaims().stream().map(cold::values).toList());
    }

    @Test
    void aPassageWithItsOutletsValueButNoLinkedConflictPointsAtThoseWords() {
        StoryReport r = report(WEEKDAYS);
        Passage c0 = r.result().requirePassage("c#0");
        assertThat(r.verdictOf(c0)).contains(Verdict.DISPUTED);
        assertThat(r.conflictRanges(c0)).singleElement().satisfies(t -> assertThat(t.of(C)).isEqualTo("Monday"));
    }

    @Test
    void claimWordingIsTheSameEverywhere() {
        StoryReport r = report(WEEKDAYS);
        Claim c = r.result().claims().get(0);
        assertThat(r.valuesLine(c)).isEqualTo("weekday: Monday — Alpha, Gamma · Tuesday — Beta");
        assertThat(r.shortLabel(c)).isEqualTo("weekday: ‘Monday’ / ‘Tuesday’");
        assertThat(r.describe(c)).isEqualTo("Disputed weekday: Monday — Alpha, Gamma · Tuesday — Beta");
        assertThat(r.valueOf(c, "b")).contains("Tuesday");
    }

    @Test
    void pdfNotesFollowTheShownVerdict() {
        StoryReport r = report(WEEKDAYS);
        Claim c = r.result().claims().get(0);
        assertThat(r.passageNote(c, r.result().requirePassage("b#0")))
                .isEqualTo("Disputed: Alpha and Gamma say 'Monday' (weekday). This report: 'Tuesday'.");
        assertThat(r.passageNote(c, r.result().requirePassage("b#1")))
                .isEqualTo("Agreed: also reported by Alpha and Gamma.");
    }

    @Test
    void valuesAreReadOffTheConflictsWhenTheEngineGaveNone() {
        StoryReport r = report(List.of());
        assertThat(r.values(r.result().claims().get(0))).containsExactly(
                new ClaimValue(ConflictKind.WEEKDAY, "Monday", List.of("a")),
                new ClaimValue(ConflictKind.WEEKDAY, "Tuesday", List.of("b")));
    }

    @Test
    void countsPassagesPerOutletByShownVerdict() {
        StoryReport r = report(WEEKDAYS);
        assertThat(r.counts("a")).isEqualTo(new OutletCounts("a", 1, 1, 0, 0));
        assertThat(r.counts("c").total()).isEqualTo(1);
    }

    @Test
    void conflictNotesAndListsReadAsEnglish() {
        assertThat(Words.and(List.of())).isEmpty();
        assertThat(Words.and(List.of("AP", "CNN", "NBC News"))).isEqualTo("AP, CNN and NBC News");
        assertThat(Words.count(1, "discrepancy", "discrepancies")).isEqualTo("1 discrepancy");
        assertThat(Words.count(0, "discrepancy", "discrepancies")).isEqualTo("0 discrepancies");
        assertThat(StoryReport.conflictNote("meal", "lunch", Map.of("dinner", List.of("USA Today", "AP"))))
                .isEqualTo("Conflict (meal): USA Today and AP say 'dinner' instead of 'lunch'.");
    }

    @Test
    void aValuesDifferClaimIsShownInItsOwnGradeAndWordedSo() {
        StoryReport r = StoryReport.of(TwoGradesStory.result());
        Claim hurt = r.result().claims().get(1);
        Passage a1 = r.result().requirePassage("a#1");
        assertThat(r.verdictOf(a1)).contains(Verdict.VALUES_DIFFER);
        assertThat(r.verdictOf(r.result().requirePassage("a#0"))).contains(Verdict.DISPUTED);
        assertThat(r.gradeOf(hurt)).contains(Grade.VALUES_DIFFER);
        assertThat(r.describe(hurt)).isEqualTo("Values differ in number: About 40 — Alpha · 42 — Beta · Some 40 — Gamma");
        assertThat(r.passageNote(hurt, r.result().requirePassage("b#1"))).isEqualTo(
                "Values differ (worth a look): Alpha says 'About 40' (number); Gamma says 'Some 40' (number). This report: '42'.");
        assertThat(r.flaggedRanges(a1)).singleElement().satisfies(f -> {
            assertThat(f.range().of(TwoGradesStory.A)).isEqualTo("About 40");
            assertThat(f.grade()).isEqualTo(Grade.VALUES_DIFFER);
        });
        assertThat(r.flaggedRanges(r.result().requirePassage("b#0"))).extracting(FlaggedRange::grade)
                .containsExactly(Grade.CONFLICT);
    }

    @Test
    void bothGradesAreListedCountedAndNamedApart() {
        StoryReport r = StoryReport.of(TwoGradesStory.result());
        assertThat(r.flaggedClaims()).extracting(Claim::id).containsExactly("c1", "c2");
        assertThat(r.gradeCounts()).isEqualTo("1 conflict, 1 values differ");
        assertThat(r.flags(r.result().claims().get(1))).extracting(r::flagLine).containsExactly(
                "values differ · number: ‘About 40’ (Alpha) / ‘42’ (Beta)",
                "values differ · number: ‘Some 40’ (Gamma) / ‘42’ (Beta)");
        assertThat(r.flags(r.result().claims().get(0))).allMatch(Flag::isConflict).hasSize(2);
        assertThat(r.conflictLines("b#1")).containsExactly(
                "Values differ (number): “42” here, “About 40” in Alpha",
                "Values differ (number): “42” here, “Some 40” in Gamma");
        assertThat(r.conflictLines("b#0")).first().isEqualTo("Conflict (weekday): “Tuesday” here, “Monday” in Alpha");
        assertThat(r.counts("b")).isEqualTo(new OutletCounts("b", 1, 1, 1, 1));
        assertThat(StoryReport.conflictNote(Grade.VALUES_DIFFER, "number", "About 40", Map.of("42", List.of("Beta"))))
                .isEqualTo("Values differ (number): Beta says '42' instead of 'About 40'.");
    }

    @Test
    void aPassageWhoseOwnFlagsOnlyDifferInValuesIsNotPaintedDisputedInsideADisputedClaim() {
        ComparisonResult two = TwoGradesStory.result();
        List<Link> links = new java.util.ArrayList<>(two.links());
        Link bc = links.get(2);
        links.set(2, new Link(bc.a(), bc.b(), bc.score(), List.of(bc.differences().get(0).withGrade(Grade.VALUES_DIFFER)),
                bc.sharedA(), bc.sharedB(), bc.coverage()));
        List<Claim> claims = new java.util.ArrayList<>(two.claims());
        Claim weekday = claims.get(0);
        claims.set(0, new Claim(weekday.id(), weekday.passageIds(), weekday.articleIds(), Verdict.DISPUTED, List.of(
                new ClaimValue(ConflictKind.WEEKDAY, "Monday", List.of("a")),
                new ClaimValue(ConflictKind.WEEKDAY, "Tuesday", List.of("b")))));
        ComparisonResult r = new ComparisonResult(two.articles(), two.passages(), links, claims);
        StoryReport report = StoryReport.of(r);
        assertThat(report.verdictOf(r.requirePassage("c#0"))).contains(Verdict.VALUES_DIFFER);
        assertThat(report.verdictOf(r.requirePassage("a#0"))).contains(Verdict.DISPUTED);
        assertThat(report.verdictOf(r.requirePassage("b#0"))).contains(Verdict.DISPUTED);
    }

    @Test
    void thePopupQuotesWhatEachLinkedPassageShares() {
        StoryReport r = StoryReport.of(TwoGradesStory.result());
        assertThat(r.sharedLines("b#1")).containsExactly(
                "Shared with Alpha: “people were hurt.” (80% of the shorter passage)",
                "Shared with Gamma: “people were hurt.” (80% of the shorter passage)");
        assertThat(r.sharedLines("b#3")).isEmpty();
        StoryReport unknown = report(WEEKDAYS);
        assertThat(unknown.sharedLines("a#0")).as("links without shared spans say nothing").isEmpty();
    }
}
