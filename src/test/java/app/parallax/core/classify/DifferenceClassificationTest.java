package app.parallax.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence pairs judged as a user would: variants and synonyms agree, changed facts conflict. */
class DifferenceClassificationTest {

    @ParameterizedTest(name = "{0} / {1} is a spelling variant: worth a look, never a conflict")
    @CsvSource(delimiter = '|', value = {
            "Kremlin spokesman Dmitry Peskov said the talks would last two days. | Kremlin spokesman Dmitri Peskow said the talks would last two days.",
            "Officials in Kiev welcomed the plan after the meeting. | Officials in Kyiv welcomed the plan after the meeting.",
            "President Zelensky asked for more air defence systems. | President Zelenskyy asked for more air defence systems.",
            "Zelensky cautiously welcomed the involvement of the mediators. | Zelenskyi cautiously welcomed the involvement of the mediators.",
    })
    void spellingVariantsAreNeverHardConflicts(String left, String right) {
        Link link = onlyLink(left, right);

        assertThat(link.differences()).isNotEmpty();
        assertThat(link.differences()).allSatisfy(d -> assertThat(d.kind() == DifferenceKind.SPELLING
                || d.grade() == Grade.VALUES_DIFFER).isTrue());
    }

    @ParameterizedTest(name = "{0} / {1} differ only in wording")
    @CsvSource(delimiter = '|', value = {
            "The two governments signed the deal in the capital on Friday. | The two governments signed the agreement in the capital on Friday.",
            "The ministry restated its stance on the border dispute. | The ministry restated its position on the border dispute.",
            "The council postponed its vote on the new budget until Thursday. | The council delayed its vote on the new budget until Thursday.",
    })
    void synonymsAreWordingNotConflicts(String left, String right) {
        Link link = onlyLink(left, right);

        assertThat(link.conflicts()).isEmpty();
        assertThat(link.differences()).extracting(Difference::kind).containsOnly(DifferenceKind.WORDING);
    }

    @ParameterizedTest(name = "{2}: {3} / {4}")
    @CsvSource(delimiter = '|', value = {
            "The leaders will meet for lunch on Monday at the palace. | The leaders will meet for dinner on Monday at the palace. | MEAL | lunch | dinner",
            "The summit opens on Tuesday in the old conference hall. | The summit opens on Thursday in the old conference hall. | WEEKDAY | Tuesday | Thursday",
            "The war is now in its 13th month, officials in the region said. | The war is now in its 15th month, officials in the region said. | ORDINAL | 13th | 15th",
            "A drone was destroyed over the Black Sea after an encounter with jets. | A drone was destroyed over the Baltic Sea after an encounter with jets. | PLACE | Black Sea | Baltic Sea",
            "The freighter carried 2,000.5 tonnes of grain out of the port. | The freighter carried 3,000 tonnes of grain out of the port. | NUMBER | 2,000.5 | 3,000",
            "The minister travelled to France for talks on energy prices. | The minister travelled to Germany for talks on energy prices. | COUNTRY | France | Germany",
            "The festival will return to the city in June with new stages. | The festival will return to the city in August with new stages. | MONTH | June | August",
            "The agreement was first drafted in 2019 by a small working group. | The agreement was first drafted in 2021 by a small working group. | YEAR | 2019 | 2021",
            "The vote was held in the afternoon after a long debate in parliament. | The vote was held in the evening after a long debate in parliament. | TIME_OF_DAY | afternoon | evening",
    })
    void changedFactsAreConflictsOfTheirKind(String left, String right, ConflictKind kind, String a, String b) {
        Link link = onlyLink(left, right);

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(kind);
            assertThat(d.aWords()).isEqualTo(a);
            assertThat(d.bWords()).isEqualTo(b);
        });
    }

    @ParameterizedTest(name = "opposite directions after one verb: {0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "She was walking out of the bakery with her sister when the van struck her. | The woman, who was walking into the bakery, was struck by a van that sped away. | out of | into",
            "Prices of bread went up sharply in the capital last month. | Prices of bread went down sharply in the capital last month. | up | down",
    })
    void oppositeDirectionsAfterTheSameVerbAreFlagged(String left, String right, String a, String b) {
        assertThat(onlyLink(left, right).conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.OPPOSITE);
            assertThat(d.aWords()).isEqualTo(a);
            assertThat(d.bWords()).isEqualTo(b);
        });
    }

    @ParameterizedTest(name = "reporting day is not the event day: {0}")
    @CsvSource(delimiter = '|', value = {
            "The ministry said Friday that the leaders would meet on Monday. | The leaders will meet on Monday, the ministry said on Tuesday.",
    })
    void theDaySomethingWasSaidIsNotAConflict(String left, String right) {
        // the event day agrees; the two days of the ministry's statement are worth a look at most
        assertThat(onlyLink(left, right).conflicts()).allSatisfy(d -> {
            assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
            assertThat(d.aWords() + d.bWords()).doesNotContain("Monday");
        });
    }

    private static Link onlyLink(String left, String right) {
        ComparisonResult r = Comparison.compare(List.of(
                new Article("left", "", "Left", "", "", left),
                new Article("right", "", "Right", "", "", right)));
        assertThat(r.links()).as("links between %s and %s", left, right).hasSize(1);
        return r.links().get(0);
    }
}
