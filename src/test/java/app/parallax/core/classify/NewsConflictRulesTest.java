package app.parallax.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.Comparison;
import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules that keep disputes trustworthy: the same fact written two ways is never a conflict,
 * a value is compared only between reports of the same event, and a negation is a conflict.
 */
class NewsConflictRulesTest {

    @ParameterizedTest(name = "{0} / {1} agree")
    @CsvSource(delimiter = '|', value = {
            "Agents of the F.B.I. searched the offices of the harbour authority on Monday. | Agents of the FBI searched the offices of the harbour authority on Monday.",
            "The I.R.S. audited the charity's accounts for three years in a row. | The IRS audited the charity's accounts for three years in a row.",
            "Senator Mara Quinlan voted against the spending bill late in the session. | Sen. Mara Quinlan voted against the spending bill late in the session.",
            "Sen. Mara Quinlan (D-N.J.) voted against the spending bill late in the session. | Senator Mara Quinlan voted against the spending bill late in the session.",
            "Gen. Tobias Hale ordered the convoy to turn back at the river crossing. | General Tobias Hale ordered the convoy to turn back at the river crossing.",
            "The appeal will go to the 5th Circuit court before the end of the year. | The appeal will go to the Fifth Circuit court before the end of the year.",
            "One in three voters in the district said they had not decided yet. | 1 in 3 voters in the district said they had not decided yet.",
            "The city will spend $141 million on the new tram line over five years. | The city will spend 141 million dollars on the new tram line over five years.",
            "Rescue crews searched the flooded valley through the night for survivors. | Rescue crews searched the flooded valley overnight for survivors.",
            "The storm cut power to 4,500 homes in the coastal towns on Sunday. | The storm cut power to 4500 homes in the coastal towns on Sunday.",
            "The new laptops have two USB 3 ports and a card reader on the left side. | The new laptops have two USB 3.0 ports and a card reader on the left side.",
            "Rescuers said an English climber fell to his death on the northern face of the mountain. | Rescuers said a British climber fell to his death on the northern face of the mountain.",
            "The singer died at 6:41 pm this evening in a hospital in the capital, her agent said. | The singer died at 18:41 this evening in a hospital in the capital, her agent said.",
    })
    void theSameFactWrittenTwoWaysIsNoConflict(String left, String right) {
        assertThat(onlyLink(left, right).conflicts()).isEmpty();
    }

    @Test
    void publicationStampsNeverMakeADispute() {
        ComparisonResult r = compare(
                "Harbour strike ends after nine days\nMay 2, 2013, 1:12 PM\nUPDATED: THURSDAY, MAY 9, 2013\n"
                        + "Dock workers voted to accept the new pay offer on Wednesday night.",
                "Harbour strike ends after nine days\nPUBLISHED: FRIDAY, MAY 3, 2013, 1:32 PM\nPosted 5/3/2013 7:21 AM\n"
                        + "Dock workers voted to accept the new pay offer on Wednesday night.");

        assertThat(r.links()).isNotEmpty();
        assertThat(r.links()).allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void theDayAStatementWasMadeIsNoDispute() {
        ComparisonResult r = compare("The shipyard on Monday said it has agreed to buy a small engine maker in the north.",
                "The shipyard announced on Tuesday that it has agreed to buy a small engine maker in the north.");

        assertThat(r.links()).hasSize(1);
        assertThat(r.links().get(0).conflicts()).isEmpty();
    }

    @Test
    void capitalisedHeadlineWordsAreNotNames() {
        Link link = onlyLink("House Panel Used Bill Clinton Testimony In Final Report",
                "House Panel Asked Bill Clinton Testimony In Final Report");

        assertThat(link.conflicts()).isEmpty();
    }

    @Test
    void twoNamesInTheSameRoleAreAPersonConflict() {
        Link link = onlyLink("The video of the collapse was first posted online by Dana Whitcombe, a local teacher.",
                "The video of the collapse was first posted online by Arlo Fenwick, a local teacher.");

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.PERSON);
            assertThat(d.aWords()).isEqualTo("Dana Whitcombe");
            assertThat(d.bWords()).isEqualTo("Arlo Fenwick");
        });
    }

    @Test
    void aCommaABracketOrAPossessiveEndsAName() {
        List<Slot> slots = SlotFinder.find(app.parallax.core.text.Tokenizer.tokenize(
                "The prize for the best young teacher of the year went to Dana Whitcombe (Leeds), Arlo Fenwick and the football club York Rovers' Mira Castell at the annual dinner."));

        assertThat(slots).filteredOn(s -> s.kind() == ConflictKind.PERSON).extracting(Slot::value)
                .contains("arlo fenvick").noneMatch(v -> v.contains("fenvick") && v.contains("leeds"))
                .noneMatch(v -> v.contains("rovers") && v.contains("castel"));
    }

    @Test
    void aDayOfAnotherEventIsNoConflict() {
        ComparisonResult r = compare("A poll released Friday showed the mayor trailing her rival by six points across the city.",
                "By Saturday, the mayor clarified that she had never promised to cut the bus fares across the city.");

        assertThat(r.links()).allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void aDayOfTheSameEventIsAConflictPointingAtTheDays() {
        Link link = onlyLink("The two ministers will sign the water treaty at a ceremony in the capital on Tuesday.",
                "The two ministers will sign the water treaty at a ceremony in the capital on Thursday.");

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.WEEKDAY);
            assertThat(d.aWords()).isEqualTo("Tuesday");
            assertThat(d.bWords()).isEqualTo("Thursday");
        });
    }

    @Test
    void twoNationalitiesOfTheSameClimberAreACountryConflict() {
        Link link = onlyLink("Rescuers said an Italian climber fell to his death on the northern face of the mountain.",
                "Rescuers said a Spanish climber fell to his death on the northern face of the mountain.");

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.COUNTRY);
            assertThat(d.aWords()).isEqualTo("Italian");
            assertThat(d.bWords()).isEqualTo("Spanish");
        });
    }

    @Test
    void aChangedAmountIsAMoneyConflict() {
        Link link = onlyLink("The campaign reported spending $5,687.75 on the catering for the fundraising dinner.",
                "The campaign reported spending $5,587.75 on the catering for the fundraising dinner.");

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.MONEY);
            assertThat(d.aWords()).isEqualTo("5,687.75");
            assertThat(d.bWords()).isEqualTo("5,587.75");
        });
    }

    @Test
    void numbersOfDifferentThingsAreNoConflict() {
        ComparisonResult r = compare("The earthquake in the mountain province killed at least five people on Tuesday.",
                "The earthquake in the mountain province injured at least 50 people on Tuesday.");

        assertThat(r.links()).allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    @ParameterizedTest(name = "{0} / {1} is a negation")
    @CsvSource(delimiter = '|', value = {
            "The city council approved the new housing plan after a long debate on Wednesday. | The city council did not approve the new housing plan after a long debate on Wednesday. | approved | did not approve",
            "The company said the factory would reopen after the repairs to the roof. | The company said the factory would not reopen after the repairs to the roof. | reopen | not",
            "The ambassador attended the signing ceremony in the old palace. | The ambassador didn't attend the signing ceremony in the old palace. | attended | didn't attend",
    })
    void aNegationOnOneSideIsAConflict(String left, String right, String a, String b) {
        Link link = onlyLink(left, right);

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.NEGATION);
            assertThat(a).contains(d.aWords());
            assertThat(b).contains(d.bWords());
        });
    }

    @ParameterizedTest(name = "{0} / {1} is no negation")
    @CsvSource(delimiter = '|', value = {
            "The club secured the No. 2 seed for the playoffs with the win over the champions. | The club secured the two seed for the playoffs with the win over the champions.",
            "Engineers said the water supply may not be restored until the end of next week. | Engineers said the water supply should be restored by the end of next week.",
            "The clerk insisted she was not the person who leaked the budget papers to the newspaper. | The clerk dismissed claims that she was the person who leaked the budget papers to reporters.",
    })
    void wordingThatOnlyLooksNegatedIsNoConflict(String left, String right) {
        assertThat(compare(left, right).links()).allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void aPossessiveDayDatesAnotherEvent() {
        ComparisonResult r = compare("The home side will play Saturday in the cup semifinal at the old stadium.",
                "The home side will play the winner of Friday's cup semifinal at the old stadium.");

        assertThat(r.links()).allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void twoTalliesWithNoFigureInCommonAreNoConflict() {
        ComparisonResult r = compare("Over the whole season the striker scored 21 goals in 34 games and made 9 assists for the club.",
                "Over the last month the striker scored 6 goals in 5 games and made 2 assists for the club.");

        assertThat(r.links()).allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void twoPassagesThatDifferOnlyInANumberConflict() {
        List<Difference> differences = classifyAt("She was 85.", "She was 91.", 0.9);

        assertThat(differences).filteredOn(Difference::isConflict).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(d.aWords()).isEqualTo("85");
            assertThat(d.bWords()).isEqualTo("91");
        });
    }

    @Test
    void aNumberGarbledByAWrongEncodingIsNotCompared() {
        List<Difference> differences = classifyAt("The former aide served 4\uFFFD months in a federal prison for his part.",
                "The former aide served 5 months in a federal prison for his part.", 0.9);

        assertThat(differences).noneMatch(Difference::isConflict);
    }

    @Test
    void numbersBoundByDifferentPlacesAreNoConflict() {
        ComparisonResult r = compare("The floods of that spring killed 1,200 people in the northern valley and left thousands homeless.",
                "The floods of that spring killed 3,400 people across four countries and left thousands homeless.");

        assertThat(r.links()).isNotEmpty().allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    @Test
    void aPlaceOnOneSideOnlyLeavesTheNumbersComparable() {
        Link link = onlyLink("The storm injured five people on Tuesday and damaged dozens of houses along the coast.",
                "The storm injured three people on the island on Tuesday and damaged dozens of houses along the coast.");

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(d.aWords()).isEqualTo("five");
            assertThat(d.bWords()).isEqualTo("three");
        });
    }

    @Test
    void oneChangedFigureAmongSharedOnesIsStillAConflict() {
        Link link = onlyLink("The striker scored 21 goals in 34 games and made 9 assists for the club this season.",
                "The striker scored 23 goals in 34 games and made 9 assists for the club this season.");

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER);
            assertThat(d.aWords()).isEqualTo("21");
            assertThat(d.bWords()).isEqualTo("23");
        });
    }

    @ParameterizedTest(name = "{0} / {1} are opposite words")
    @CsvSource(delimiter = '|', value = {
            "Shares in the shipping group rose sharply in early trading after the merger news. | Shares in the shipping group fell sharply in early trading after the merger news. | rose | fell",
            "The regional assembly approved the plan to close the old coal plant by the end of the decade. | The regional assembly rejected the plan to close the old coal plant by the end of the decade. | approved | rejected",
    })
    void aWordOfOppositeMeaningIsAConflict(String left, String right, String a, String b) {
        Link link = onlyLink(left, right);

        assertThat(link.conflicts()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.OPPOSITE);
            assertThat(d.aWords()).isEqualTo(a);
            assertThat(d.bWords()).isEqualTo(b);
        });
    }

    @ParameterizedTest(name = "{0} / {1} agree")
    @CsvSource(delimiter = '|', value = {
            "Shares in the shipping group rose sharply in early trading after the merger news. | Shares in the shipping group climbed sharply in early trading after the merger news.",
            "Shares in the shipping group rose in early trading after the merger news. | Shares in the shipping group did not fall in early trading after the merger news.",
    })
    void aSynonymOrANegatedOppositeIsNoConflict(String left, String right) {
        assertThat(compare(left, right).links()).allSatisfy(l -> assertThat(l.conflicts()).isEmpty());
    }

    /** The classifier alone, at a given similarity (the words-only engine does not link very short passages). */
    private static List<Difference> classifyAt(String a, String b, double score) {
        List<app.parallax.core.text.Token> ta = app.parallax.core.text.Tokenizer.tokenize(a);
        List<app.parallax.core.text.Token> tb = app.parallax.core.text.Tokenizer.tokenize(b);
        return app.parallax.core.values.SlotComparer.compare(
                new app.parallax.core.values.SlotComparer.Side(ta, app.parallax.core.values.ValueFinder.find(ta, a), a),
                new app.parallax.core.values.SlotComparer.Side(tb, app.parallax.core.values.ValueFinder.find(tb, b), b),
                app.parallax.core.text.WordAlignment.of(ta, tb));
    }

    private static ComparisonResult compare(String left, String right) {
        return Comparison.compare(List.of(
                new Article("left", "", "Left", "", "", left),
                new Article("right", "", "Right", "", "", right)));
    }

    private static Link onlyLink(String left, String right) {
        ComparisonResult r = compare(left, right);
        assertThat(r.links()).as("links between %s and %s", left, right).hasSize(1);
        return r.links().get(0);
    }
}
