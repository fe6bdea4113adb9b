package app.parallax.export;

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
import app.parallax.core.note.Note;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made story: four outlets, one paragraph per passage. NYT and CNN say the leaders
 * meet over lunch, USA Today and AP say dinner; NYT and CNN agree on the "official visit"
 * sentence. AP's dinner sentence comes after a long run of filler so it lands on a later page.
 */
final class PdfFixture {

    static final String NYT_LUNCH = "Mr. Xi and Mr. Putin will meet on Monday afternoon for a one-on-one conversation and lunch, said the Kremlin’s spokesman, Dmitri S. Peskov.";
    static final String NYT_AGREED = "The visit is an official one, and its effect on the war could be different from what officials expect.";
    static final String NYT_CYRILLIC = "Владимир Путин welcomed Xi — “a dear friend” — in the Kremlin’s Grand Palace.";
    static final String NYT_BOILERPLATE = "Related Articles: sign up for our newsletter.";
    static final String CNN_AGREED = "The visit is an official one and its effect on the war may be different than officials expect.";
    static final String CNN_LUNCH = "Xi and Putin will hold talks on Monday, followed by lunch, Kremlin spokesman Dmitry Peskov said.";
    static final String CNN_ACCENTS = "Zelenskyy’s office said a delegation from São Paulo and Zürich would follow the talks.";
    static final String USA_DINNER = "Putin and Xi will have an informal dinner on Monday, Peskov told reporters.";
    static final String USA_LONG = "The meeting comes as Western governments watch closely for any sign that Beijing could supply weapons to Moscow, something Chinese officials have repeatedly denied, while Ukrainian officials have said they hope China might use its influence to press for an end to the fighting, a hope that analysts in Kyiv, Brussels and Washington described as unlikely to be met in the near term.";
    static final String AP_DINNER = "Putin hosted Xi for dinner at the Kremlin on Monday.";
    static final String FILLER = "Officials in several capitals offered their views on the visit in the days before it began, and the statements differed in tone but not in substance.";

    final Article nyt = article("nytimes", "The New York Times", "Xi to Visit Putin in Moscow",
            "Xi to Visit Putin in Moscow", NYT_LUNCH, NYT_AGREED, NYT_CYRILLIC, NYT_BOILERPLATE);
    final Article cnn = article("cnn", "CNN", "Xi and Putin meet in Moscow", "Xi and Putin meet in Moscow", CNN_AGREED,
            CNN_LUNCH, CNN_ACCENTS);
    final Article usa = article("usatoday", "USA Today", "Chinese leader arrives in Moscow",
            "Chinese leader arrives in Moscow", USA_DINNER, USA_LONG);
    final Article ap = apArticle();
    final ComparisonResult result;

    PdfFixture() {
        List<Article> articles = List.of(nyt, cnn, usa, ap);
        List<Passage> passages = new ArrayList<>();
        articles.forEach(a -> passages.addAll(passages(a)));
        Passage nytLunch = find(passages, NYT_LUNCH);
        Passage cnnLunch = find(passages, CNN_LUNCH);
        Passage usaDinner = find(passages, USA_DINNER);
        Passage apDinner = find(passages, AP_DINNER);
        Passage nytAgreed = find(passages, NYT_AGREED);
        Passage cnnAgreed = find(passages, CNN_AGREED);
        List<Link> links = List.of(
                meal(nytLunch, "lunch", usaDinner, "dinner"),
                meal(nytLunch, "lunch", apDinner, "dinner"),
                meal(cnnLunch, "lunch", usaDinner, "dinner"),
                meal(cnnLunch, "lunch", apDinner, "dinner"),
                new Link(nytLunch.id(), cnnLunch.id(), 0.6, List.of()),
                new Link(usaDinner.id(), apDinner.id(), 0.5, List.of()),
                new Link(nytAgreed.id(), cnnAgreed.id(), 0.8, List.of()));
        List<Claim> claims = new ArrayList<>();
        claims.add(new Claim("c1", List.of(nytLunch.id(), cnnLunch.id(), usaDinner.id(), apDinner.id()),
                List.of("nytimes", "cnn", "usatoday", "ap"), Verdict.DISPUTED,
                List.of(new ClaimValue(ConflictKind.MEAL, "lunch", List.of("nytimes", "cnn")),
                        new ClaimValue(ConflictKind.MEAL, "dinner", List.of("usatoday", "ap")))));
        claims.add(new Claim("c2", List.of(nytAgreed.id(), cnnAgreed.id()), List.of("nytimes", "cnn"),
                Verdict.AGREED, List.of()));
        int n = 3;
        for (Passage p : passages) {
            boolean claimed = claims.stream().anyMatch(c -> c.passageIds().contains(p.id()));
            if (!claimed && !p.boilerplate()) {
                claims.add(new Claim("c" + n++, List.of(p.id()), List.of(p.articleId()), Verdict.SINGLE, List.of()));
            }
        }
        result = new ComparisonResult(articles, passages, links, claims);
    }

    /** A note on "Zelenskyy’s office" in the CNN article. */
    Note cnnNote() {
        int at = cnn.text().indexOf("Zelenskyy’s office");
        return new Note("n1", "cnn", new TextRange(at, at + "Zelenskyy’s office".length()), "Zelenskyy’s office",
                "Check who said this first.", Instant.parse("2026-11-20T10:00:00Z"));
    }

    Passage passage(String text) {
        return find(result.passages(), text);
    }

    private static Article apArticle() {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Xi arrives in Moscow for talks");
        for (int i = 0; i < 30; i++) {
            paragraphs.add(FILLER);
        }
        paragraphs.add(AP_DINNER);
        return article("ap", "AP", "Xi arrives in Moscow for talks", paragraphs.toArray(String[]::new));
    }

    private static Article article(String id, String outlet, String title, String... paragraphs) {
        return new Article(id, id + ".txt", outlet, title, "2023-03-17", String.join("\n\n", paragraphs));
    }

    private static List<Passage> passages(Article a) {
        List<Passage> out = new ArrayList<>();
        int pos = 0;
        int index = 0;
        for (String paragraph : a.text().split("\n\n")) {
            int start = a.text().indexOf(paragraph, pos);
            TextRange range = new TextRange(start, start + paragraph.length());
            out.add(new Passage(Passage.idOf(a.id(), index), a.id(), index, range, paragraph,
                    paragraph.equals(NYT_BOILERPLATE)));
            index++;
            pos = range.end();
        }
        return out;
    }

    private Link meal(Passage a, String aWord, Passage b, String bWord) {
        Article aa = List.of(nyt, cnn, usa, ap).stream().filter(x -> x.id().equals(a.articleId())).findFirst().orElseThrow();
        Article bb = List.of(nyt, cnn, usa, ap).stream().filter(x -> x.id().equals(b.articleId())).findFirst().orElseThrow();
        int ai = aa.text().indexOf(aWord, a.start());
        int bi = bb.text().indexOf(bWord, b.start());
        Difference d = new Difference(DifferenceKind.CONFLICT, ConflictKind.MEAL, aWord, bWord,
                new TextRange(ai, ai + aWord.length()), new TextRange(bi, bi + bWord.length()));
        return new Link(a.id(), b.id(), 0.7, List.of(d));
    }

    private static Passage find(List<Passage> passages, String text) {
        return passages.stream().filter(p -> p.text().equals(text)).findFirst().orElseThrow();
    }
}
