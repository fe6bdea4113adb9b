package app.parallax.ui;

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

/** Hand-made comparison results, independent of the engine. */
final class Fixtures {

    static final String A_TEXT = "Xi meets Putin. They have lunch on Monday. Weather was fine.";
    static final String B_TEXT = "Xi meets Putin. They have dinner on Monday. Read more here.";
    static final String C_TEXT = "Xi meets Putin. Talks are on Tuesday.";

    private Fixtures() {
    }

    static Article article(String id, String outlet, String text) {
        return new Article(id, "", outlet, "Title " + id, "", text);
    }

    static Passage passage(Article a, int index, String sentence, boolean boilerplate) {
        int start = a.text().indexOf(sentence);
        return new Passage(Passage.idOf(a.id(), index), a.id(), index, new TextRange(start, start + sentence.length()),
                sentence, boilerplate);
    }

    /**
     * Three articles: all three agree "Xi meets Putin" (c1); a and b dispute the meal (c2, lunch vs
     * dinner); a's weather (c3) and c's talks (c4) are single-source; b's last line is boilerplate.
     */
    static ComparisonResult threeArticles() {
        Article a = article("a", "Alpha", A_TEXT);
        Article b = article("b", "Beta", B_TEXT);
        Article c = article("c", "Gamma", C_TEXT);
        Passage a0 = passage(a, 0, "Xi meets Putin.", false);
        Passage a1 = passage(a, 1, "They have lunch on Monday.", false);
        Passage a2 = passage(a, 2, "Weather was fine.", false);
        Passage b0 = passage(b, 0, "Xi meets Putin.", false);
        Passage b1 = passage(b, 1, "They have dinner on Monday.", false);
        Passage b2 = passage(b, 2, "Read more here.", true);
        Passage c0 = passage(c, 0, "Xi meets Putin.", false);
        Passage c1 = passage(c, 1, "Talks are on Tuesday.", false);
        int lunch = A_TEXT.indexOf("lunch");
        int dinner = B_TEXT.indexOf("dinner");
        Difference meal = new Difference(DifferenceKind.CONFLICT, ConflictKind.MEAL, "lunch", "dinner",
                new TextRange(lunch, lunch + 5), new TextRange(dinner, dinner + 6));
        List<Link> links = List.of(
                new Link(a0.id(), b0.id(), 1, List.of()),
                new Link(a0.id(), c0.id(), 1, List.of()),
                new Link(b0.id(), c0.id(), 1, List.of()),
                new Link(a1.id(), b1.id(), 0.8, List.of(meal)));
        List<Claim> claims = List.of(
                new Claim("c1", List.of(a0.id(), b0.id(), c0.id()), List.of("a", "b", "c"), Verdict.AGREED, List.of()),
                new Claim("c2", List.of(a1.id(), b1.id()), List.of("a", "b"), Verdict.DISPUTED, List.of(
                        new ClaimValue(ConflictKind.MEAL, "lunch", List.of("a")),
                        new ClaimValue(ConflictKind.MEAL, "dinner", List.of("b")))),
                new Claim("c3", List.of(a2.id()), List.of("a"), Verdict.SINGLE, List.of()),
                new Claim("c4", List.of(c1.id()), List.of("c"), Verdict.SINGLE, List.of()));
        return new ComparisonResult(List.of(a, b, c), List.of(a0, a1, a2, b0, b1, b2, c0, c1), links, claims);
    }

    static Claim disputed(String id, String... articleIds) {
        return new Claim(id, List.of(), List.of(articleIds), Verdict.DISPUTED, List.of());
    }
}
