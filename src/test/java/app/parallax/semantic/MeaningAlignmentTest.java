package app.parallax.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.ConflictKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The full engine (words and the bundled sentence model) on stories written for these tests:
 * paraphrases that share few words are linked, a changed fact keeps its link and becomes a
 * conflict, one long sentence links to the two short ones that say the same, and reports of
 * other things stay apart.
 */
class MeaningAlignmentTest {

    private static final Comparison FULL = Semantic.comparison();

    @Test
    void paraphrasesSharingFewWordsAreLinked() {
        ComparisonResult r = compare(
                "The two presidents praised a friendship with no limits between their nations.",
                "Both leaders hailed the boundless partnership between the two countries.");

        assertThat(r.engine()).contains("meaning");
        assertThat(r.links()).hasSize(1);
    }

    @Test
    void aFactInsideALongerSentenceIsLinked() {
        ComparisonResult r = compare(
                "The council approved the harbour budget by seven votes to two.",
                "After a long night of debate over the ferries and the new schools, the council approved the harbour "
                        + "budget by seven votes to two and adjourned until March.");

        assertThat(r.links()).singleElement().satisfies(l -> assertThat(l.coverage()).isGreaterThan(0.8));
    }

    @Test
    void oneClauseOfASentenceThatPacksSeveralFactsLinksToTheSentenceThatStatesItAlone() {
        ComparisonResult r = compare(
                "The storm cut power to 40,000 homes on the island overnight, and the morning ferry to the mainland "
                        + "was cancelled while crews cleared fallen trees from the coast road.",
                "The morning ferry to the mainland was cancelled.");

        assertThat(r.links()).hasSize(1);
    }

    @Test
    void aQuoteLinksToTheSameQuoteWithAnotherAttribution() {
        ComparisonResult r = compare(
                "\u201cWe will not give up the harbour to the developers,\u201d the mayor told reporters on Friday.",
                "\u201cWe will not give up the harbour to the developers,\u201d said Dana Whitcombe, the mayor.");

        assertThat(r.links()).hasSize(1);
    }

    @Test
    void weaponsAndArtilleryAndAmmunitionAreLinked() {
        ComparisonResult r = compare(
                "Western officials fear that China could send weapons to Russia for its war in Ukraine.",
                "Western officials are concerned that China may supply artillery and ammunition to Russia for the war in Ukraine.");

        assertThat(r.links()).hasSize(1);
    }

    @Test
    void twoVerbsForOneActAreAlignedInContextSoTheirCountsAreCompared() {
        ComparisonResult r = compare("The coast guard detained 26 fishermen near the reef on Thursday.",
                "The coast guard arrested 39 fishermen near the reef on Thursday.");

        assertThat(r.links()).singleElement().satisfies(l -> assertThat(l.conflicts()).singleElement()
                .satisfies(d -> {
                    assertThat(d.aWords()).isEqualTo("26");
                    assertThat(d.bWords()).isEqualTo("39");
                }));
    }

    @Test
    void aChangedWeekdayKeepsTheLinkAndIsTheConflict() {
        String original = "The harbour workers' union said on Sunday that the strike would begin on Tuesday. "
                + "Ferries to the islands are expected to stop for three days. "
                + "The port authority called the action unlawful and asked a court to intervene.";
        String changed = original.replace("begin on Tuesday", "begin on Thursday");

        ComparisonResult r = compare(original, changed);

        assertThat(r.links()).hasSize(3);
        assertThat(r.links().stream().flatMap(l -> l.conflicts().stream()).toList()).singleElement()
                .satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.WEEKDAY);
                    assertThat(d.aWords()).isEqualTo("Tuesday");
                    assertThat(d.bWords()).isEqualTo("Thursday");
                });
    }

    @Test
    void oneLongSentenceLinksToTheTwoShortOnesThatSayTheSame() {
        ComparisonResult r = compare(
                "The mayor opened the new bridge over the river on Saturday, and thousands of residents walked across it "
                        + "before the first buses were allowed on in the evening.",
                "Thousands of residents walked across the new bridge after the mayor opened it on Saturday. "
                        + "Buses were allowed on the bridge for the first time in the evening. "
                        + "The city plans a second crossing further north.");

        Set<String> linkedRight = r.links().stream().map(l -> text(r, l.b())).collect(Collectors.toSet());
        assertThat(linkedRight).containsExactlyInAnyOrder(
                "Thousands of residents walked across the new bridge after the mayor opened it on Saturday.",
                "Buses were allowed on the bridge for the first time in the evening.");
    }

    @Test
    void theSameQuoteWithAnotherAttributionIsLinked() {
        ComparisonResult r = compare(
                "“We will not leave until the last family has a roof over its head,” the relief coordinator said.",
                "Amal Haddad, who leads the relief effort, told reporters: “We will not leave until the last family has a roof over its head.”");

        assertThat(r.links()).singleElement().satisfies(l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void reportsOfOtherThingsInTheSameStoryStayApart() {
        ComparisonResult r = compare(
                "The river burst its banks near the old mill early on Monday, flooding forty homes.",
                "The regional governor will visit the area next week to meet farmers about crop insurance.");

        assertThat(r.links()).isEmpty();
    }

    @Test
    void theScoreRanksUnlinkedPairsToo() {
        double related = FULL.similarity("The storm closed the airport for two days.",
                "Flights were grounded for 48 hours as the storm hit.");
        double unrelated = FULL.similarity("The storm closed the airport for two days.",
                "The museum acquired a painting by a little-known Dutch master.");

        assertThat(related).isGreaterThan(unrelated);
        assertThat(unrelated).isGreaterThanOrEqualTo(0);
    }

    @Test
    void theBundledStorysMealClaimHoldsOnlyPassagesAboutTheMeal() {
        ComparisonResult r = FULL.run(app.parallax.ingest.Ingest.load(List.of(java.nio.file.Path.of("corpus"))).articles(),
                ProgressListener.NONE);
        app.parallax.core.align.Claim meal = r.claims().stream()
                .filter(c -> c.values().stream().anyMatch(v -> v.kind() == ConflictKind.MEAL)).findFirst().orElseThrow();

        // a quote of the same Kremlin spokesman on the peace plan once joined it through the shared
        // attribution ("Kremlin spokesman Dmitry Peskov told reporters on Monday")
        assertThat(meal.passageIds()).extracting(id -> text(r, id))
                .allMatch(t -> t.matches("(?s).*\\b(lunch|dinner)\\b.*"), "mentions lunch or dinner");
    }

    private static ComparisonResult compare(String left, String right) {
        return FULL.run(List.of(new Article("left", "", "Left", "", "", left),
                new Article("right", "", "Right", "", "", right)), ProgressListener.NONE);
    }

    private static String text(ComparisonResult r, String passageId) {
        return r.passages().stream().filter(p -> p.id().equals(passageId)).map(Passage::text).findFirst().orElseThrow();
    }

}
