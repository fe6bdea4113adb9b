package app.parallax.core;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.align.Claim;
import app.parallax.core.align.Link;
import app.parallax.core.align.Relation;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.ingest.Ingest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled story: five reports of one visit; two say lunch, two say dinner. */
class CorpusComparisonTest {

    private static ComparisonResult result;

    @BeforeAll
    static void compareCorpus() {
        result = Comparison.compare(Ingest.load(List.of(Path.of("corpus"))).articles());
    }

    @Test
    void mealPassagesOfLunchOutletsDifferFromDinnerOutlets() {
        for (String lunch : List.of("nytimes", "cnn")) {
            for (String dinner : List.of("usatoday", "ap")) {
                Link link = linkBetween(mealPassage(lunch), mealPassage(dinner)).orElseThrow(
                        () -> new AssertionError("no link " + lunch + " ~ " + dinner));
                assertThat(link.relation()).isEqualTo(Relation.DIFFER);
                Difference meal = link.conflicts().stream().filter(d -> d.conflictKind() == ConflictKind.MEAL)
                        .findFirst().orElseThrow();
                String aSide = result.requirePassage(link.a()).articleId();
                String lunchWords = aSide.equals(lunch) ? meal.aWords() : meal.bWords();
                String dinnerWords = aSide.equals(lunch) ? meal.bWords() : meal.aWords();
                assertThat(lunchWords).isEqualToIgnoringCase("lunch");
                assertThat(dinnerWords).isEqualToIgnoringCase("dinner");
            }
        }
    }

    @Test
    void outletsThatAgreeOnTheMealCarryNoConflict() {
        assertThat(linkBetween(mealPassage("nytimes"), mealPassage("cnn"))).hasValueSatisfying(
                l -> assertThat(l.conflicts()).isEmpty());
        assertThat(linkBetween(mealPassage("usatoday"), mealPassage("ap"))).hasValueSatisfying(
                l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void theMealClaimGroupsOutletsByValue() {
        Claim claim = result.findClaim(mealPassage("nytimes").id()).orElseThrow();

        assertThat(claim.values()).filteredOn(v -> v.kind() == ConflictKind.MEAL)
                .extracting(v -> v.value() + "=" + v.articleIds())
                .containsExactlyInAnyOrder("lunch=[nytimes, cnn]", "dinner=[usatoday, ap]");
    }

    @Test
    void syndicationJunkIsBoilerplateAndNeverLinked() {
        List<Passage> junk = result.passages().stream().filter(Passage::boilerplate).toList();

        assertThat(junk).extracting(Passage::text).contains("Leave a Reply", "Related Articles", "Related Posts",
                "(Visited 1 times, 1 visits today)", "Source of data and images: nytimes");
        assertThat(junk).allMatch(p -> result.linksOf(p.id()).isEmpty() && result.findClaim(p.id()).isEmpty());
        assertThat(result.passages()).filteredOn(p -> p.text().startsWith("See also"))
                .isNotEmpty().allMatch(Passage::boilerplate);
    }

    @Test
    void passagesIndexTheArticleTextExactly() {
        for (Passage p : result.passages()) {
            assertThat(result.requireArticle(p.articleId()).text().substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void spellingVariantsOfNamesAreAtMostValuesDiffer() {
        List<Link> dmitriDmitry = result.links().stream().filter(l -> spells(l.a(), "Dmitri") && spells(l.b(), "Dmitry")
                || spells(l.a(), "Dmitry") && spells(l.b(), "Dmitri")).toList();

        assertThat(dmitriDmitry).as("passages naming Dmitri and Dmitry Peskov are linked").isNotEmpty();
        assertThat(dmitriDmitry).flatMap(Link::conflicts)
                .noneMatch(d -> d.conflictKind() == ConflictKind.PERSON && d.isHardConflict());
    }

    private static boolean spells(String passageId, String name) {
        return result.requirePassage(passageId).text().matches("(?s).*\\b" + name + "\\b.*");
    }

    private static Passage mealPassage(String articleId) {
        return result.passagesOf(articleId).stream()
                .filter(p -> p.text().matches("(?s).*\\b(lunch|dinner)\\b.*") && p.text().contains("Monday"))
                .findFirst().orElseThrow(() -> new AssertionError("no meal passage in " + articleId));
    }

    private static Optional<Link> linkBetween(Passage x, Passage y) {
        return result.linksOf(x.id()).stream().filter(l -> l.other(x.id()).equals(y.id())).findFirst();
    }
}
