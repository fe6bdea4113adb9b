package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.text.Segmenter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two reports of one event name the same people and places; a report of a similar event names
 * others. The link model hears that through {@link LinkEvidence#sharedNames()}.
 */
class SharedNamesTest {

    private static final String FIRST = "Police in Harbourton arrested Dana Okafor on Friday after a fire at the Lyle Street depot. "
            + "Chief Maria Feld said the depot had been empty for a year. "
            + "Firefighters worked through the night to stop the flames reaching nearby homes.";
    private static final String SAME_EVENT = "Dana Okafor was held on Friday over the blaze at the Lyle Street depot in Harbourton. "
            + "Maria Feld, the police chief, said nobody was hurt. "
            + "Neighbours watched the flames from the end of the road until dawn.";
    private static final String OTHER_EVENT = "Police in Westbury arrested Ben Carr on Friday after a fire at the Quay Road depot. "
            + "Chief Tom Ashe said the depot had been empty for a year. "
            + "Firefighters worked through the night to stop the flames reaching nearby homes.";

    @Test
    void reportsOfOneEventShareMoreNamesThanReportsOfTwo() {
        List<Article> articles = List.of(new Article("a", "", "A", "", "", FIRST),
                new Article("b", "", "B", "", "", SAME_EVENT), new Article("c", "", "C", "", "", OTHER_EVENT));
        List<Aligner.CandidateEvidence> weighed = weigh(articles);

        double sameEvent = sharedNames(weighed, "a", "b");
        double otherEvent = sharedNames(weighed, "a", "c");
        assertThat(sameEvent).isGreaterThan(0.5);
        assertThat(otherEvent).isLessThan(0.2);
    }

    @Test
    void betweenArticlesTooShortToSayTheSignalIsNeutral() {
        List<Article> articles = List.of(new Article("a", "", "A", "", "", "Police arrested Dana Okafor in Harbourton after the depot fire on Friday."),
                new Article("b", "", "B", "", "", "Police arrested Ben Carr in Westbury after the depot fire on Friday."));
        List<Aligner.CandidateEvidence> weighed = weigh(articles);

        assertThat(sharedNames(weighed, "a", "b")).isEqualTo(LinkModel.standard().neutralSharedNames());
    }

    /** Every candidate pair's evidence, by words alone (no model in these tests). */
    private static List<Aligner.CandidateEvidence> weigh(List<Article> articles) {
        Segmenter segmenter = new Segmenter();
        List<Passage> passages = articles.stream().flatMap(a -> segmenter.segment(a).stream()).toList();
        return new Aligner().evidence(articles, passages, Map.of(), texts -> {
            throw new PassageEmbedder.EmbeddingUnavailableException("no model in this test", null);
        });
    }

    private static double sharedNames(List<Aligner.CandidateEvidence> weighed, String x, String y) {
        return weighed.stream().filter(c -> c.a().startsWith(x + "#") && c.b().startsWith(y + "#")
                        || c.a().startsWith(y + "#") && c.b().startsWith(x + "#"))
                .mapToDouble(c -> c.evidence().sharedNames()).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate pair between " + x + " and " + y));
    }
}
