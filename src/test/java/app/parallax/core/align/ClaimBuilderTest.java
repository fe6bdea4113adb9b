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
    void aNameSpelledTwoWaysMeetsInOneClaimHoweverStronglyItsPassagesLinkElsewhere() {
        Article c = new Article("c", "", "C", "", "", "one two three four");
        List<Passage> passages = List.of(passage(A, 0, 0, 3), passage(A, 1, 4, 7), passage(A, 2, 8, 13),
                passage(c, 0, 0, 3), passage(c, 1, 4, 7), passage(c, 2, 8, 13));
        var spelling = new app.parallax.core.classify.Difference(app.parallax.core.classify.DifferenceKind.CONFLICT,
                app.parallax.core.classify.ConflictKind.PLACE, "Kiev", "Kyiv", new TextRange(0, 3), new TextRange(0, 3),
                app.parallax.core.classify.Grade.VALUES_DIFFER);
        List<Link> links = List.of(new Link("a#0", "c#0", 0.9, List.of()), new Link("a#1", "c#0", 0.8, List.of()),
                new Link("a#2", "c#1", 0.9, List.of()), new Link("a#2", "c#2", 0.8, List.of()),
                Link.sameAttribute("a#0", "c#2", 0.1, List.of(spelling)));

        List<Claim> claims = ClaimBuilder.build(List.of(A, c), passages, links);

        assertThat(claims).filteredOn(cl -> cl.passageIds().containsAll(List.of("a#0", "c#2"))).singleElement()
                .satisfies(cl -> assertThat(cl.verdict()).isEqualTo(Verdict.VALUES_DIFFER));
    }

    @Test
    void everyContentPassageIsInExactlyOneClaim() {
        List<Passage> passages = List.of(passage(A, 0, 0, 3), passage(A, 1, 4, 7), passage(B, 0, 0, 3));

        List<Claim> claims = ClaimBuilder.build(List.of(A, B), passages, List.of(new Link("a#1", "b#0", 0.5, List.of())));

        assertThat(claims).flatExtracting(Claim::passageIds).containsExactlyInAnyOrder("a#0", "a#1", "b#0");
    }

    @Test
    void oneFigureWrittenInWordsAndInDigitsIsOneValueOfTheClaim() {
        Article c = new Article("c", "", "C", "", "", "uno dos");
        List<Passage> passages = List.of(passage(A, 0, 0, 3), passage(B, 0, 0, 3), passage(c, 0, 0, 3));
        List<Link> links = List.of(new Link("a#0", "b#0", 0.9, List.of(toll("six", "four"))),
                new Link("b#0", "c#0", 0.9, List.of(toll("four", "6"))));

        List<Claim> claims = ClaimBuilder.build(List.of(A, B, c), passages, links);

        assertThat(claims).singleElement().satisfies(cl -> assertThat(cl.values())
                .extracting(v -> v.value() + " " + v.articleIds()).containsExactly("six [a, c]", "four [b]"));
    }

    private static app.parallax.core.classify.Difference toll(String a, String b) {
        return new app.parallax.core.classify.Difference(app.parallax.core.classify.DifferenceKind.CONFLICT,
                app.parallax.core.classify.ConflictKind.NUMBER, a, b, new TextRange(0, 3), new TextRange(0, 3),
                app.parallax.core.classify.Grade.VALUES_DIFFER);
    }
}
