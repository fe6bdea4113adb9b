package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each value type is read whole, typed and normalised, with its hedge. */
class ValueFinderTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "The ferry company lost $13.9 billion last year. | MONEY | 13900000000 | NONE",
            "Turnout rose by 12 percent in the valley towns. | PERCENT | 12 | NONE",
            "Turnout rose by 12% in the valley towns. | PERCENT | 12 | NONE",
            "About 4,500 homes lost power in the storm. | NUMBER | 4500 | APPROXIMATE",
            "At least five people were hurt in the crash. | NUMBER | 5 | AT_LEAST",
            "Up to 40 trucks crossed the bridge each hour. | NUMBER | 40 | AT_MOST",
            "No more than 40 trucks crossed the bridge each hour. | NUMBER | 40 | AT_MOST",
            "As many as 40 trucks crossed the bridge each hour. | NUMBER | 40 | AT_MOST",
            "Damage to the hall was estimated at $US2 million, police said. | MONEY | 2000000 | NONE",
            "Thieves took a 5 mn-pound haul of paintings from the gallery. | NUMBER | 5000000 | NONE",
            "The fund lost 4.5 bn on the exchange, its owners said. | NUMBER | 4500000000 | NONE",
            "The crossing took not more than 40 minutes that day. | NUMBER | 40 | AT_MOST",
            "More than 40 trucks crossed the bridge each hour. | NUMBER | 40 | AT_LEAST",
            "No less than 40 trucks crossed the bridge each hour. | NUMBER | 40 | AT_LEAST",
            "Dozens of boats waited outside the harbour. | NUMBER | dozens | VAGUE",
            "She was sentenced to 2 1/2 years in prison. | NUMBER | 2.5 | NONE",
            // syndication copy with a space after the decimal point or the thousands comma
            "The tremor measured magnitude-4. 8, the agency said. | NUMBER | 4.8 | NONE",
            "The climber fell about 3, 000ft from the ridge. | NUMBER | 3000 | APPROXIMATE",
            "She was sentenced to 2-1/2 years in prison. | NUMBER | 2.5 | NONE",
            "The champion, now 53-3, defended his belt. | NUMBER | 53-3 | NONE",
            "Call the hotline on 0845 125 2222 with any news. | NUMBER | 08451252222 | NONE",
            "The fire broke out at about 2045 GMT on the roof. | CLOCK | 20:45 | APPROXIMATE",
            "The fire broke out at 8.45pm on the roof. | CLOCK | 20:45 | NONE",
            "He was stopped just after 2:30 a.m. on the highway. | CLOCK | 02:30 | APPROXIMATE",
            "The treaty was drafted in 2019 in the capital. | YEAR | 2019 | NONE",
            "The quakes struck on Jan. 4 near the coast. | DATE | january 4 | NONE",
            "The results are due on 14 May after a recount. | DATE | may 14 | NONE",
            "The talks are planned for Tuesday in the old palace. | WEEKDAY | tuesday | NONE",
            "The champion floored him with a pair of left hooks. | NUMBER | 2 | NONE",
            "The storm was expected to last a couple of days. | NUMBER | 2 | APPROXIMATE",
            "His blood-alcohol level was 0.41 percent at the station. | PERCENT | 0.41 | NONE",
            "The level was measured at .41 by the lab. | NUMBER | 0.41 | NONE",
            "Some 1,2 million households still use the old meters. | NUMBER | 1200000 | APPROXIMATE",
            "The plan would have cost 1,200 million euros. | NUMBER | 1200000000 | NONE",
            "The mill was valued at around 38-million euros last year. | NUMBER | 38000000 | APPROXIMATE",
            "The canal carries a hundred billion dollars of goods. | NUMBER | 100000000000 | NONE",
            "Anyone who saw the crash should call 907-555-0142 at once. | NUMBER | 907-555-0142 | NONE",
            "Twenty-five people were hurt in the crash. | NUMBER | 25 | NONE",
    })
    void readsOneValueWholeTypedAndHedged(String text, ConflictKind kind, String norm, Hedge hedge) {
        List<Value> values = ValueFinder.find(Tokenizer.tokenize(text), text).stream()
                .filter(v -> !v.isName()).toList();

        assertThat(values).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(kind);
            assertThat(v.norm()).isEqualTo(norm);
            assertThat(v.hedge()).isEqualTo(hedge);
        });
    }

    @ParameterizedTest(name = "{0}: no figure")
    @CsvSource(delimiter = '|', value = {
            "The car was stopped on Route 52 near the border.",
            "The pair of them left before the verdict was read.",
            "The couple were married in the village church.",
            "The former aide served 4\uFFFD months in a federal prison.",
            "The navy seized AK-47 rifles and an RPG launcher from the boat.",
            "A ten-year-old boy was treated for shock at the scene.",
            "The mill is one of the valley's largest employers.",
            "The firm is one of the most visited shops in town.",
            "Officers found a loaded .38-caliber revolver in the car.",
            "Officers found a loaded 38 caliber revolver in the car.",
    })
    void numbersThatNameOrAreGarbledAreNotFigures(String text) {
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text))
                .noneMatch(v -> v.kind() == ConflictKind.NUMBER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A poll last week had Reyes leading Whitfield 44 percent to 38 percent.",
            "A poll last week had Reyes leading Whitfield 44% to 38%.",
    })
    void aShareRightAfterANameIsTheNamesShare(String text) {
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).filteredOn(v -> v.kind() == ConflictKind.PERCENT)
                .extracting(Value::norm).containsExactly("44", "38");
    }

    @org.junit.jupiter.api.Test
    void aScoreRightAfterANameIsTheScore() {
        String text = "The Otters beat the Herons 27-23 in the last minute on Sunday.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).filteredOn(v -> v.kind() == ConflictKind.NUMBER)
                .extracting(Value::norm).containsExactly("27-23");
    }

    @org.junit.jupiter.api.Test
    void twoFiguresJoinedByToAfterAVoteWordAreOneTally() {
        String text = "The Senate passed the bill by a vote of 68 to 32 on Thursday.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).filteredOn(v -> v.kind() == ConflictKind.NUMBER)
                .extracting(v -> v.norm() + " " + v.unit()).containsExactly("68-32 record");
        String rise = "Support for the bill rose from 38 to 42 percent among voters.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(rise), rise)).noneMatch(v -> "record".equals(v.unit()));
    }

    @ParameterizedTest(name = "{0}: a house number")
    @CsvSource(delimiter = '|', value = {
            "The suspect was held overnight at 1984 Alder Street in the old town.",
            "Deliveries go to 415 W. Harbor Blvd. after the move.",
    })
    void aNumberBeforeAStreetIsPartOfTheAddress(String text) {
        List<Value> values = ValueFinder.find(Tokenizer.tokenize(text), text);
        assertThat(values).noneMatch(v -> v.kind() == ConflictKind.YEAR || v.kind() == ConflictKind.NUMBER);
        assertThat(values).anyMatch(v -> v.kind() == ConflictKind.PLACE);
    }

    @org.junit.jupiter.api.Test
    void oneOfAGroupIsAMemberAndTheGroupsSizeIsTheFigure() {
        String text = "Marco Ferri, one of 40 suspects held on Monday, was freed.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).filteredOn(v -> v.kind() == ConflictKind.NUMBER)
                .extracting(Value::norm).containsExactly("40");
        String count = "Rescuers freed one of the protest leaders on Monday.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(count), count)).filteredOn(v -> v.kind() == ConflictKind.NUMBER)
                .extracting(Value::norm).containsExactly("1");
    }

    @org.junit.jupiter.api.Test
    void aDayOfTheMonthBeforeACountIsNotReadAsThousands() {
        String text = "On May 3, 200 people marched to the square.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).extracting(Value::kind, Value::norm)
                .contains(org.assertj.core.groups.Tuple.tuple(ConflictKind.DATE, "may 3"),
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.NUMBER, "200"));
    }

    @org.junit.jupiter.api.Test
    void aCurrencyWrittenWithACapitalIsNoName() {
        String text = "The canal carries over a hundred Billion Dollars or 90 billion Euros of goods a year.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).noneMatch(Value::isName);
    }

    @org.junit.jupiter.api.Test
    void aYearBeforeOtherNamesIsStillAYear() {
        String text = "In 1984 Alder Mills closed its doors.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).anyMatch(v -> v.kind() == ConflictKind.YEAR);
    }

    @org.junit.jupiter.api.Test
    void anAbbreviatedDateAfterANameIsADateNotPartOfTheName() {
        String text = "The quakes struck west of Harbourton Jan. 4 before dawn.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text)).extracting(Value::kind, Value::norm)
                .contains(org.assertj.core.groups.Tuple.tuple(ConflictKind.DATE, "january 4"))
                .noneMatch(t -> String.valueOf(t.toList().get(1)).contains("jan "));
    }

    @org.junit.jupiter.api.Test
    void aSentenceFullOfNamesIsReadAsASentenceAndATitleCaseHeadlineIsNot() {
        String sentence = "Police said John Jenkin, 34, of Newton Street, Millom was arrested.";
        assertThat(ValueFinder.find(Tokenizer.tokenize(sentence), sentence)).extracting(Value::kind, Value::norm)
                .contains(org.assertj.core.groups.Tuple.tuple(ConflictKind.PERSON, "john jenkin"));
        String headline = "Jackson Arrested for Drunk Driving after Game";
        assertThat(ValueFinder.find(Tokenizer.tokenize(headline), headline)).noneMatch(Value::isName);
    }

    @ParameterizedTest(name = "{0}: the day dates the statement? {1}")
    @CsvSource(delimiter = '|', value = {
            "The climber fell about 600 metres from the ridge on Monday, police said. | false",
            "The bridge reopened after repairs on Tuesday, the council said in a statement. | false",
            "On Monday, police said the climber had fallen from the ridge. | true",
            "Police on Monday said the climber had fallen from the ridge. | true",
            "The climber fell from the ridge, police said Monday. | true",
            "The climber fell from the ridge, police told reporters on Monday. | true",
    })
    void aDayBeforeATrailingAttributionDatesTheEvent(String text, boolean statement) {
        assertThat(ValueFinder.find(Tokenizer.tokenize(text), text))
                .filteredOn(v -> v.kind() == ConflictKind.WEEKDAY)
                .singleElement().satisfies(v -> assertThat(v.reportingTime()).isEqualTo(statement));
    }
}
