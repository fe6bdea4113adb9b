package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimBuilderTest {

    private static final Article A = new Article("a", "", "A", "", "", "one two three four");
    private static final Article B = new Article("b", "", "B", "", "", "uno");

    private static Passage passage(Article article, int index, int start, int end) {
        return new Passage(Passage.idOf(article.id(), index), article.id(), index, new TextRange(start, end),
                article.text().substring(start, end), false);
    }

    @Test
    void looseLinksDoNotChainAWholeArticleIntoOneClaim() {
        List<Passage> passages = List.of(passage(A, 0, 0, 3), passage(A, 1, 4, 7), passage(A, 2, 8, 13),
                passage(B, 0, 0, 3));
        List<Link> links = List.of(new Link("a#0", "b#0", 0.9, List.of()), new Link("a#1", "b#0", 0.6, List.of()),
                new Link("a#2", "b#0", 0.3, List.of()));

        List<Claim> claims = ClaimBuilder.build(List.of(A, B), passages, links);

        assertThat(claims).extracting(Claim::passageIds)
                .containsExactly(List.of("a#0", "a#1", "b#0"), List.of("a#2"));
        assertThat(claims).extracting(Claim::verdict).containsExactly(Verdict.AGREED, Verdict.SINGLE);
    }

    @Test
    void everyContentPassageIsInExactlyOneClaim() {
        List<Passage> passages = List.of(passage(A, 0, 0, 3), passage(A, 1, 4, 7), passage(B, 0, 0, 3));

        List<Claim> claims = ClaimBuilder.build(List.of(A, B), passages, List.of(new Link("a#1", "b#0", 0.5, List.of())));

        assertThat(claims).flatExtracting(Claim::passageIds).containsExactlyInAnyOrder("a#0", "a#1", "b#0");
    }
}
