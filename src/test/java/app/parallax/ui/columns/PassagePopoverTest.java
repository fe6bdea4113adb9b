package app.parallax.ui.columns;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Verdict;
import app.parallax.report.StoryReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the passage popup says about an agreed passage. */
class PassagePopoverTest {

    private static Passage passage(Article a, String sentence) {
        int start = a.text().indexOf(sentence);
        return new Passage(Passage.idOf(a.id(), 0), a.id(), 0, new TextRange(start, start + sentence.length()), sentence, false);
    }

    @Test
    void anAgreedPassageShowsTheWordsItAgreesWith() {
        Article a = new Article("a", "", "Alpha", "", "", "Xi arrived in Moscow on Monday.");
        Article b = new Article("b", "", "Beta", "", "", "The Chinese leader landed in Moscow on Monday.");
        Article c = new Article("c", "", "Gamma", "", "", "Xi reached Moscow on Monday afternoon.");
        Passage pa = passage(a, a.text());
        Passage pb = passage(b, b.text());
        Passage pc = passage(c, c.text());
        Claim claim = new Claim("c1", List.of(pa.id(), pb.id(), pc.id()), List.of("a", "b", "c"), Verdict.AGREED, List.of());
        StoryReport report = StoryReport.of(new ComparisonResult(List.of(a, b, c), List.of(pa, pb, pc),
                List.of(new Link(pa.id(), pb.id(), 0.9, List.of()), new Link(pa.id(), pc.id(), 0.9, List.of())), List.of(claim)));

        String said = PassagePopover.describe(report, claim, pa);

        assertThat(said).startsWith("Agreed: reported by Alpha, Beta, Gamma")
                .contains("Beta: “The Chinese leader landed in Moscow on Monday.”")
                .contains("Gamma: “Xi reached Moscow on Monday afternoon.”")
                .doesNotContain("Alpha: “");
    }
}
