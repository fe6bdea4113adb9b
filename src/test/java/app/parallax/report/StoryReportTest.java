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
    void onlyPassagesThatStateAValueAreDisputed() {
        StoryReport r = report(WEEKDAYS);
        assertThat(r.verdictOf(r.result().requirePassage("a#0"))).contains(Verdict.DISPUTED);
        assertThat(r.verdictOf(r.result().requirePassage("b#0"))).contains(Verdict.DISPUTED);
        assertThat(r.verdictOf(r.result().requirePassage("a#1"))).contains(Verdict.AGREED);
        assertThat(r.verdictOf(r.result().requirePassage("b#1"))).contains(Verdict.AGREED);
        assertThat(r.conflictRanges(r.result().requirePassage("a#1"))).isEmpty();
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
        assertThat(r.counts("a")).isEqualTo(new OutletCounts("a", 1, 1, 0));
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
}
