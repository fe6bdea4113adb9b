package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.classify.ConflictKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Yesterday" in a dated report is a weekday, compared with the weekdays other reports write. */
class RelativeDaysTest {

    private static final String TUESDAY = "2023-03-21";

    @Test
    void yesterdayInAReportOfTuesdayIsMonday() {
        assertThat(conflicts("The ferry ran aground off the northern cape yesterday, the coast guard said.",
                "The ferry ran aground off the northern cape on Monday, the coast guard said.", TUESDAY)).isEmpty();
    }

    @Test
    void yesterdayAgainstAnotherWeekdayIsAConflict() {
        assertThat(conflicts("The ferry ran aground off the northern cape yesterday, the coast guard said.",
                "The ferry ran aground off the northern cape on Sunday, the coast guard said.", TUESDAY))
                .singleElement().satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.WEEKDAY);
                    assertThat(d.aWords()).isEqualTo("yesterday");
                    assertThat(d.bWords()).isEqualTo("Sunday");
                });
    }

    @Test
    void withoutADateNothingIsGuessed() {
        assertThat(conflicts("The ferry ran aground off the northern cape yesterday, the coast guard said.",
                "The ferry ran aground off the northern cape on Sunday, the coast guard said.", "")).isEmpty();
    }

    private static List<app.parallax.core.classify.Difference> conflicts(String a, String b, String date) {
        ComparisonResult r = Comparison.compare(List.of(new Article("a", "", "Daily", "", date, a),
                new Article("b", "", "Herald", "", date, b)));
        assertThat(r.links()).as("the two reports are linked").hasSize(1);
        return r.links().stream().map(Link::conflicts).flatMap(List::stream).toList();
    }
}
