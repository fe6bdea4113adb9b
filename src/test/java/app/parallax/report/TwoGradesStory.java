package app.parallax.report;

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

/**
 * A hand-made result with both grades, independent of the engine (which today flags conflicts
 * only): three outlets; the weekday is a conflict (c1, Monday / Tuesday), the number hurt only
 * differs (c2, "About 40" / "42" / "Some 40"), the mayor's words agree (c3) and Beta alone reports
 * the cause (c4).
 */
public final class TwoGradesStory {

    public static final String A = "The bridge closed on Monday. About 40 people were hurt. The mayor spoke.";
    public static final String B = "The bridge closed on Tuesday. Officials said 42 people were hurt. The mayor spoke. "
            + "A crane hit it.";
    public static final String C = "The bridge closed on Monday. Some 40 people were hurt.";

    private TwoGradesStory() {
    }

    public static ComparisonResult result() {
        return result(new Article("a", "", "Alpha", "Bridge shut", "2026-03-02", A),
                new Article("b", "", "Beta", "Bridge closes", "2026-03-02", B),
                new Article("c", "", "Gamma", "Bridge", "", C));
    }

    /**
     * Writes the story as a folder a reader test opens: {@code bridge/} with alpha.txt, beta.txt and
     * gamma.txt holding {@link #A}, {@link #B} and {@link #C} under their headlines.
     */
    public static java.nio.file.Path writeFolder(java.nio.file.Path parent) throws java.io.IOException {
        java.nio.file.Path bridge = parent.resolve("bridge");
        java.nio.file.Files.createDirectories(bridge);
        java.nio.file.Files.writeString(bridge.resolve("alpha.txt"), "Bridge shut\n\n" + A + "\n");
        java.nio.file.Files.writeString(bridge.resolve("beta.txt"), "Bridge closes\n\n" + B + "\n");
        java.nio.file.Files.writeString(bridge.resolve("gamma.txt"), "Bridge\n\n" + C + "\n");
        return bridge;
    }

    /** The result over the articles a reader read from {@link #writeFolder}'s files, by their ids. */
    public static ComparisonResult result(List<Article> articles) {
        return result(byId(articles, "alpha"), byId(articles, "beta"), byId(articles, "gamma"));
    }

    private static Article byId(List<Article> articles, String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The same result over any three articles whose texts hold {@link #A}, {@link #B} and
     * {@link #C} (a reader test's files, say), found by their words.
     */
    public static ComparisonResult result(Article a, Article b, Article c) {
        Passage a0 = passage(a, 0, "The bridge closed on Monday.");
        Passage a1 = passage(a, 1, "About 40 people were hurt.");
        Passage a2 = passage(a, 2, "The mayor spoke.");
        Passage b0 = passage(b, 0, "The bridge closed on Tuesday.");
        Passage b1 = passage(b, 1, "Officials said 42 people were hurt.");
        Passage b2 = passage(b, 2, "The mayor spoke.");
        Passage b3 = passage(b, 3, "A crane hit it.");
        Passage c0 = passage(c, 0, "The bridge closed on Monday.");
        Passage c1 = passage(c, 1, "Some 40 people were hurt.");
        List<Link> links = List.of(
                link(a0, b0, flag(ConflictKind.WEEKDAY, a0, "Monday", b0, "Tuesday", Grade.CONFLICT), "The bridge closed on"),
                link(a0, c0, null, "The bridge closed on Monday."),
                link(b0, c0, flag(ConflictKind.WEEKDAY, b0, "Tuesday", c0, "Monday", Grade.CONFLICT), "The bridge closed on"),
                link(a1, b1, flag(ConflictKind.NUMBER, a1, "About 40", b1, "42", Grade.VALUES_DIFFER), "people were hurt."),
                link(c1, b1, flag(ConflictKind.NUMBER, c1, "Some 40", b1, "42", Grade.VALUES_DIFFER), "people were hurt."),
                link(a2, b2, null, "The mayor spoke."));
        List<Claim> claims = List.of(
                new Claim("c1", List.of(a0.id(), b0.id(), c0.id()), List.of(a.id(), b.id(), c.id()), Verdict.DISPUTED, List.of(
                        new ClaimValue(ConflictKind.WEEKDAY, "Monday", List.of(a.id(), c.id())),
                        new ClaimValue(ConflictKind.WEEKDAY, "Tuesday", List.of(b.id())))),
                new Claim("c2", List.of(a1.id(), b1.id(), c1.id()), List.of(a.id(), b.id(), c.id()), Verdict.VALUES_DIFFER,
                        List.of(new ClaimValue(ConflictKind.NUMBER, "About 40", List.of(a.id())),
                                new ClaimValue(ConflictKind.NUMBER, "42", List.of(b.id())),
                                new ClaimValue(ConflictKind.NUMBER, "Some 40", List.of(c.id())))),
                new Claim("c3", List.of(a2.id(), b2.id()), List.of(a.id(), b.id()), Verdict.AGREED, List.of()),
                new Claim("c4", List.of(b3.id()), List.of(b.id()), Verdict.SINGLE, List.of()));
        return new ComparisonResult(List.of(a, b, c), List.of(a0, a1, a2, b0, b1, b2, b3, c0, c1), links, claims);
    }

    private static Passage passage(Article a, int index, String sentence) {
        int start = a.text().indexOf(sentence);
        return new Passage(Passage.idOf(a.id(), index), a.id(), index, new TextRange(start, start + sentence.length()),
                sentence, false);
    }

    private static Difference flag(ConflictKind kind, Passage a, String aWords, Passage b, String bWords, Grade grade) {
        return new Difference(DifferenceKind.CONFLICT, kind, aWords, bWords, within(a, aWords), within(b, bWords), grade);
    }

    /** A link whose shared span is {@code shared} on both sides, covering 0.8 of the shorter passage. */
    private static Link link(Passage a, Passage b, Difference flag, String shared) {
        return new Link(a.id(), b.id(), 0.8, flag == null ? List.of() : List.of(flag),
                within(a, shared), within(b, shared), 0.8);
    }

    private static TextRange within(Passage p, String words) {
        int at = p.start() + p.text().indexOf(words);
        return new TextRange(at, at + words.length());
    }
}
