package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import app.parallax.core.text.WordAlignment;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values compared where they stand: a difference inside two sentences that differ elsewhere is
 * found when the words governing the values are aligned; each exclusion (other quantities, other
 * scopes, hedged bounds, days that date a statement) leaves a real conflict of the same shape found.
 */
class SlotComparerTest {

    @ParameterizedTest(name = "{2}: {3} / {4}")
    @CsvSource(delimiter = '|', value = {
            "The senator served from 1967 to 1979 before returning to his law firm. | A Republican, he held the seat from 1966 to 1979, the first black senator elected by popular vote. | YEAR | 1967 | 1966",
            "She has led the party's members in the House since 2002, aides said. | A veteran of the chamber, she has led the party's members in the House since 2003 and faces a vote next month. | YEAR | 2002 | 2003",
            "The couple spent $5,687.75 on Martha's Vineyard Holistic Retreat, the filing shows. | Among the costs listed was a $5,587.75 vacation at the Martha's Vineyard Holistic Retreat in August. | MONEY | 5,687.75 | 5,587.75",
            "Hundreds of homes were damaged in the quake, as well as seven bridges, two of which collapsed. | The agency said the quake damaged 42 offices, 14 hotels and 8 bridges, and cut power to the port. | NUMBER | seven | 8",
            "Police named the dead woman as Katherine Gomes, 61, of the North End. | The victim, 61-year-old Kathryn Gomes, lived alone above the bakery. | PERSON | Katherine Gomes | Kathryn Gomes",
            "We are aware of the matter, club general manager R.J. Talbot said in a statement. | Rovers General Manager R.J. Fenwick said he was aware of the matter. | PERSON | R.J. Talbot | R.J. Fenwick",
            "The challenger went down from three consecutive left hooks in the sixth round. | In the sixth round the champion landed a pair of left hooks to floor the challenger. | NUMBER | three | a pair of",
            "The title holder, Dana Okafor, 31-2, easily beat a tired Ben Carr, 28-9, in the fifth round at the arena. | The 29-year-old Okafor (30-2) stopped Carr (28-9) early in the fifth round after two knockdowns. | NUMBER | 31-2 | 30-2",
            "The champion, Dana Okafor (31-2, 20 KOs), beat Ben Carr (28-9, 15 KOs) in Leeds on Friday. | Champion Dana Okafor, 31-2, 20 KO's, dismantled Ben Carr, 28-9, 18 KO's, in the fifth round. | NUMBER | 15 | 18",
            "Deputies on Monday detained a retired miner, a frail man, over the 1982 deaths of three young men at a quarry pond. | A former colleague is accused in the 1982 deaths of five men at the quarry, but his lawyer says he is too ill to stand trial. | NUMBER | three | five",
    })
    void aValueInsideSentencesThatDifferElsewhereIsFlagged(String left, String right, ConflictKind kind, String a, String b) {
        assertThat(compare(left, right)).anySatisfy(d -> {
            assertThat(d.conflictKind()).isEqualTo(kind);
            assertThat(d.aWords()).isEqualTo(a);
            assertThat(d.bWords()).isEqualTo(b);
        });
    }

    @Test
    void aSpeedInMilesAnHourIsAnotherUnitThanKilometresAnHour() {
        assertThat(compare("Deputies chased the van at speeds up to 90 mph before it stopped, the sheriff said.",
                "Deputies chased the van at speeds up to 145km/h before it stopped, the sheriff said.")).isEmpty();
        assertThat(compare("Deputies chased the van at speeds up to 90 mph before it stopped, the sheriff said.",
                "Deputies chased the van at speeds up to 110 mph before it stopped, the sheriff said."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("90/110"));
    }

    @Test
    void distancesFromDifferentPlacesAreNoDifference() {
        assertThat(compare("The quake was centred six miles north of Alder Creek, the survey said.",
                "The quake was centred 30 kilometres east of Port Mara, the survey said.")).isEmpty();
        assertThat(compare("The quake was centred six miles from Alder Creek, the survey said.",
                "The quake was centred 19 miles from Port Mara, the survey said.")).isEmpty();
        // from the same place, two distances still differ
        assertThat(compare("The quake was centred six miles north of Alder Creek, the survey said.",
                "The quake was centred nine miles north of Alder Creek, the survey said."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("six/nine"));
    }

    @Test
    void aFigureOfLastYearsEventIsNotTodaysFigure() {
        String today = "At least 17 people died in the quake, which hit the eastern end of the island on Thursday.";
        assertThat(compare("Last year, a 5.8-magnitude quake shook the north shore of the island, killing at least two people.",
                today)).isEmpty();
        assertThat(compare("A 5.8-magnitude quake shook the north shore of the island two years ago, killing at least two people.",
                today)).isEmpty();
        // the same sentence about this quake still differs
        assertThat(compare("A 5.8-magnitude quake shook the north shore of the island on Thursday, killing at least two people.",
                today)).anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("two/17"));
    }

    @Test
    void theOnlySumOfEachLinkedPassageIsWorthALookHoweverLooselyTheRestIsWorded() {
        assertThat(compare("The charity raised roughly $41 million in the years after its founder retired, filings show.",
                "Filings show the charity took in $39 million from 2015 to 2020, mostly from donations."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("41 million/39 million");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        // a sum beside its conversion is not the only one, and the converted sum is stated alike
        assertThat(compare("Damage to the hall was put at $US2 million ($2.9 million), police said.",
                "The blaze did an estimated $2 million in damage to the hall.")).isEmpty();
        // two sums on one side: which one is the slot's is for aligned words to say
        assertThat(compare("The charity raised $41 million and spent $12 million in the years after its founder retired.",
                "Filings show the charity took in $39 million from 2015 to 2020, mostly from donations."))
                .noneMatch(d -> d.aWords().equals("12 million"));
    }

    @Test
    void oneMomentOfPlayTimedTwoWaysIsWorthALook() {
        assertThat(compare("The referee waved the bout off at the 1:50 mark after a flurry of hooks.",
                "The referee waved the bout off 38 seconds into the fourth round."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("1:50 mark/38 seconds");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("She scored the winner 2:05 into the second half.",
                "She scored the winner after 1 minute and 5 seconds of the second half."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("2:05/1 minute and 5 seconds");
        // a time of day, the same moment, another period
        assertThat(compare("The bout was waved off at 1:50 p.m. on Sunday.",
                "The bout was waved off 38 seconds into the fourth round on Sunday.")).isEmpty();
        assertThat(compare("The referee waved the bout off at the 1:50 mark of the fourth.",
                "The referee waved the bout off after 1 minute 50 seconds of the fourth round.")).isEmpty();
        assertThat(compare("He was knocked down at the 1:50 mark of the third.",
                "The referee waved the bout off 38 seconds into the fourth round.")).isEmpty();
    }

    @Test
    void aCountGivenByNamingEachThingAgainstAFigureIsWorthALook() {
        assertThat(compare("Crews from the Dover, Elton and Marsh stations fought the blaze through the night.",
                "Crews from four fire stations fought the blaze through the night."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("Dover, Elton and Marsh stations/four");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        // the same count, another noun, a list on both sides
        assertThat(compare("Crews from the Dover, Elton and Marsh stations fought the blaze.",
                "Crews from three stations fought the blaze.")).isEmpty();
        assertThat(compare("Crews from the Dover, Elton and Marsh stations fought the blaze.",
                "Crews with four engines fought the blaze.")).isEmpty();
        assertThat(compare("Kessel is upgrading its Orbit Pro and Air models.",
                "Kessel will ask $1,099 for its 13-inch models.")).noneMatch(d -> d.bWords().equals("13"));
        assertThat(compare("Crews from the Dover, Elton and Marsh stations fought the blaze.",
                "Crews from two stations, the Dover and Elton stations, fought the blaze.")).isEmpty();
    }

    @Test
    void oneSpanToldTwoWaysIsCheckedEndByEndWhateverVerbLeadsToIt() {
        assertThat(compare("Okafor served as mayor from 1988 to 1996 and later taught law in Leeds.",
                "Okafor held the office from 1987 to 1995 before returning to teach law in Leeds."))
                .extracting(d -> d.aWords() + "/" + d.bWords() + " " + d.grade())
                .containsExactly("1988/1987 CONFLICT", "1996/1995 CONFLICT");
        assertThat(compare("Okafor served as mayor from 1988 to 1996 and later taught law in Leeds.",
                "Okafor held the office from 1988 to 1995 before returning to teach law in Leeds."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("1996/1995");
        // the same span; two spans on one side, which the range's grammar alone cannot pair
        assertThat(compare("Okafor served as mayor from 1988 to 1996 and later taught law in Leeds.",
                "Okafor held the office from 1988 to 1996 before returning to teach law in Leeds.")).isEmpty();
        assertThat(compare("Okafor served as mayor from 1988 to 1996 and as governor from 1999 to 2003.",
                "Okafor held the office from 1987 to 1995 before returning to teach law in Leeds.")).isEmpty();
    }

    @Test
    void noMoreThanIsAnUpperBound() {
        String bound = "No more than 40 trucks crossed the old bridge each hour, the agency said.";
        assertThat(compare(bound, "Only 35 trucks crossed the old bridge each hour, the agency said.")).isEmpty();
        assertThat(compare(bound, "As many as 55 trucks crossed the old bridge each hour, the agency said."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("40/55"));
    }

    @Test
    void aTelephoneNumberWithAndWithoutItsAreaCodeIsOneNumber() {
        String full = "Anyone with information is asked to call Sgt. Dana Reyes at 907-555-0142.";
        assertThat(compare(full, "Police ask anyone with information to call Sgt. Dana Reyes at 555-0142.")).isEmpty();
        // another number is still flagged, and so is a record
        assertThat(compare(full, "Police ask anyone with information to call Sgt. Dana Reyes at 907-555-0143."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("907-555-0142/907-555-0143"));
        assertThat(compare("The champion, Dana Okafor, 31-2, won in the fifth round.",
                "The champion, Dana Okafor, 30-2, won in the fifth round."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("31-2/30-2"));
    }

    @Test
    void aCountWrittenInWordsIsTheSameCountInDigits() {
        assertThat(compare("Twenty-five people were hurt when the hotel collapsed on Sunday.",
                "At least 25 people were injured when the hotel fell on Sunday.")).isEmpty();
        assertThat(compare("Twenty-five people were hurt when the hotel collapsed on Sunday.",
                "Thirty-two people were injured when the hotel fell on Sunday."))
                .singleElement().satisfies(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("Twenty-five/Thirty-two"));
    }

    @Test
    void aFirstNameAndItsUsualShortFormNameOnePerson() {
        assertThat(compare("The mill was bought by Tacoma lawyer Bill Hale in 2004.",
                "The mill belonged to Tacoma lawyer William Hale from 2004.")).isEmpty();
        assertThat(compare("Nurses Ada Quill, 41, and Katherine Doyle, 29, won the award on Friday.",
                "The award went to the nurses Ada Quill and Katie Doyle on Friday evening.")).isEmpty();
        // another family name is another person
        assertThat(compare("The mill was bought by lawyer Bill Hale in 2004.",
                "The mill belonged to lawyer William Marsh from 2004."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("Bill Hale/William Marsh"));
    }

    @Test
    void aCountryAfterASentencesFirstWordOrBeforeADescriptorIsACountry() {
        // "The New Zealand-born man" names a country, not a person called "New Zealand-born"
        assertThat(compare("The New Zealander, who lived in Perth, was walking to a hut when he fell.",
                "The New Zealand-born man, who lived in Perth, was walking to a hut when he fell.")).isEmpty();
        assertThat(compare("A New Zealand-born climber, who lived in Perth, was walking to a hut when he fell.",
                "A climber born in New Zealand, who lived in Perth, was walking to a hut when he fell.")).isEmpty();
    }

    @Test
    void aCurrencyNamedTwoWaysIsNoDifference() {
        assertThat(compare("Goods worth nearly 100 billion USD pass through the canal every year, the ministry said.",
                "Over a hundred Billion Dollars of goods pass through the canal every year."))
                .isEmpty();
    }

    @Test
    void aFigureConvertedInBracketsIsComparedAsTheFigureItConverts() {
        // the bracketed figure is governed by the verb before the figure it converts, not by that
        // figure's unit word; being a conversion, it is approximate: worth a look, not a conflict
        assertThat(compare("On Sunday a hiker, 41, died after falling 90 metres (300 feet) into a gorge near the pass.",
                "A 41-year-old hiker died on Sunday after falling 500 feet into a gorge, rangers said."))
                .anySatisfy(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("300/500");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("On Sunday a hiker, 41, died after falling 90 metres (300 feet) into a gorge near the pass.",
                "A 41-year-old hiker died on Sunday after falling 300 feet into a gorge, rangers said."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void anApproximateFigureHoldsOnlyWhatRoundsToIt() {
        // "about 13 million" is what the writer rounded to: 12.8 million rounds to it, 13.9 million does not
        assertThat(compare("The city will buy the old mill for about $13 million, the mayor said on Monday.",
                "The city will buy the old mill for $13.9 million, the mayor said on Monday."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("13 million/13.9 million");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("The city will buy the old mill for about $13 million, the mayor said on Monday.",
                "The city will buy the old mill for $12.8 million, the mayor said on Monday.")).isEmpty();
        // a figure ending in zeros is rounded to them: "about 200" holds 230
        assertThat(compare("Roughly 200 volunteers cleared the beach on Saturday morning.",
                "Some 210 volunteers cleared the beach on Saturday morning.")).isEmpty();
        assertThat(compare("Roughly 141 volunteers cleared the beach on Saturday morning.",
                "Exactly 139 volunteers cleared the beach on Saturday morning."))
                .singleElement().satisfies(d -> assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER));
    }

    @Test
    void twoBoundsOfATollAfterTwoFormsOfOneVerbAreWorthALook() {
        // "leaving" / "left": one verb governs both tolls, so the two lower bounds are compared
        assertThat(compare("The storm swept the coast, leaving more than 220 people dead across the islands.",
                "The storm struck the coast and left at least 230 people dead and missing."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("220/230");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
    }

    @Test
    void figuresOfEventsDatedApartAreNotOneFigureToldTwoWays() {
        // a background sentence recalls a past quake; the news sentence dates its own to a weekday
        String past = "In 1998, a magnitude-7.8 earthquake off the island triggered a wave that killed 2,000 people.";
        String news = "A 5.9-magnitude earthquake which hit the island on Thursday killed a fisherman and damaged the pier.";
        assertThat(compare(past, news)).noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
        // the same year on both sides is one event: its two magnitudes are still compared
        assertThat(compare(past, "In 1998, a magnitude-7.1 earthquake off the island triggered a wave that killed 2,000 people."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("7.8/7.1"));
    }

    @Test
    void figuresAfterTwoPeopleOfOneFamilyNameAreTwoAges() {
        assertThat(compare("Police said Gary Gomes, 35, was arrested at the house on Friday night.",
                "Police said Katherine Gomes, 61, was found at the house on Friday night."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
        assertThat(compare("Police said Katherine Gomes, 61, was found at the house on Friday night.",
                "Police said Katherine Gomes, 68, was found at the house on Friday night."))
                .singleElement().satisfies(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("61/68"));
    }

    @Test
    void datesInTitleCaseHeadlinesAreNotFiguresOfTheNamesBeforeThem() {
        assertThat(compare("Harbor Ferry Service Resumes April 12 For Island Residents",
                "Island Ferry Service For Residents Resumes On Harbor Line May 12"))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("April 12/May 12"));
    }

    @Test
    void theOneAgeLeftOverInTwoListsOfTheSameAgesIsWorthALook() {
        assertThat(compare("Firefighters found two men -- 72 and 39-years-old -- in the flooded basement of the mill.",
                "The men, 39-year-old Tomas Reyes and 74-year-old Luis Ortega, were pulled out by divers."))
                .anySatisfy(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("72/74");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("The victims, aged 72 and 39, lived on the top floor.",
                "The victims were 74 years old and 39 years old, neighbours said."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("72/74"));
    }

    @Test
    void anAgeSetOffByCommasAfterANameCountsInTheList() {
        assertThat(compare("Firefighters found two men -- 72 and 39-years-old -- in the flooded basement of the mill.",
                "Divers pulled out Tomas Reyes, 39, a night guard, and his uncle Luis Ortega, 74, late on Sunday."))
                .anySatisfy(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("72/74");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        // a figure after a name that is not set off as an age is not one
        assertThat(compare("Firefighters found two men -- 72 and 39-years-old -- in the flooded basement of the mill.",
                "Divers pulled out Tomas Reyes, 39 minutes after Luis Ortega left the mill."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void agesOfListsThatShareNoAgeOrDifferInLengthAreNotPaired() {
        // no age in common: nothing says which person each is
        assertThat(compare("Firefighters found two men -- 72 and 41-years-old -- in the flooded basement of the mill.",
                "The men, 39-year-old Tomas Reyes and 74-year-old Luis Ortega, were pulled out by divers."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
        // three ages against two: one side names someone the other does not
        assertThat(compare("Firefighters found three men -- 72, 15 and 39-years-old -- in the flooded basement of the mill.",
                "The men, 39-year-old Tomas Reyes and 74-year-old Luis Ortega, were pulled out by divers."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
    }

    @Test
    void anotherMemberOfAPartialListIsNoConflict() {
        assertThat(compare("Several towns are bidding for the fair, including Leeds, Hull and Preston, the board said.",
                "Several towns are bidding for the fair, including Leeds, Hull and Carlisle, the board said."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.PERSON));
        assertThat(compare("The board said the fair will be held in Preston next summer.",
                "The board said the fair will be held in Carlisle next summer."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("Preston/Carlisle"));
    }

    @Test
    void theFirstBoundOfARangeCountsWhatTheSecondDoes() {
        assertThat(compare("The patients needed to lose between 30 and 80 pounds in the trial.",
                "The patients needed to lose between 14 and 36 kilograms in the trial."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
        assertThat(compare("The patients needed to lose between 30 and 80 pounds in the trial.",
                "The patients needed to lose between 30 and 90 pounds in the trial."))
                .singleElement().satisfies(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("80/90"));
    }

    @Test
    void peopleAndOnePersonAreOneCount() {
        assertThat(compare("The quake struck the coast on Sunday, killing four people and destroying a bridge.",
                "The quake that struck the coast on Sunday killed one person, officials said."))
                .anySatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("four/one"));
        assertThat(compare("The quake struck the coast on Sunday, killing four people and destroying a bridge.",
                "The quake that struck the coast on Sunday destroyed one bridge, officials said."))
                .noneSatisfy(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("four/one"));
    }

    @Test
    void anAgeInAppositionIsNotACountOfPeople() {
        assertThat(compare("The bodies of Ann Lowe, 61, and Mary Cole, 48, were discovered on Tuesday by the police.",
                "The bodies of the two women were discovered on the second floor on Tuesday afternoon."))
                .noneSatisfy(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER));
        assertThat(compare("The bodies of the three women were discovered on the second floor on Tuesday.",
                "The bodies of the two women were discovered on the second floor on Tuesday afternoon."))
                .singleElement().satisfies(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("three/two"));
    }

    @Test
    void preciseValuesInOneSlotAreAConflictHedgedOnesValuesDiffer() {
        assertThat(compare("The storm cut power to 4,500 homes in the coastal towns on Sunday.",
                "The storm cut power to 6,200 homes in the coastal towns on Sunday."))
                .singleElement().extracting(Difference::grade).isEqualTo(Grade.CONFLICT);
        assertThat(compare("The storm cut power to about 4,500 homes in the coastal towns on Sunday.",
                "The storm cut power to 6,200 homes in the coastal towns on Sunday."))
                .singleElement().extracting(Difference::grade).isEqualTo(Grade.VALUES_DIFFER);
    }

    @Test
    void theOnlyDateOfEachLinkedPassageIsWorthALookWhenAWordBesideItIsShared() {
        assertThat(compare("The harbour festival will open on May 14 with a parade past the old customs house and the ferry piers.",
                "Organisers said tickets were selling fast for the festival, which opens with fireworks on May 17 beside the ferry piers."))
                .singleElement().satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.DATE);
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
    }

    @Test
    void oneClockTimeInTwoZonesIsTheSameTimeAndTheSameClockInTwoZonesIsNot() {
        assertThat(compare("The harbour vote closes at 6 p.m. EDT on the island.", "The harbour vote closes at 6 p.m. PDT on the island."))
                .singleElement().satisfies(d -> assertThat(d.conflictKind()).isEqualTo(ConflictKind.CLOCK));
        assertThat(compare("The harbour vote closes at 2200 GMT on the island.", "The harbour vote closes at 6 p.m. EDT on the island."))
                .isEmpty();
    }

    @Test
    void twoLowerBoundsOfOneTollValuesDifferWhenOneCountNamesTheOthersVerb() {
        assertThat(compare("The landslide buried the road into the valley, injuring at least 40 people.",
                "At least 65 reported injured after a landslide buried the valley road."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords()).isEqualTo("40");
                    assertThat(d.bWords()).isEqualTo("65");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("The landslide buried the road into the valley, killing at least 40 people.",
                "At least 65 reported injured after a landslide buried the valley road.")).isEmpty();
    }

    @Test
    void onePersonFromTwoTownsIsAConflictEvenWhenTheOtherTownIsNamedElsewhere() {
        assertThat(compare("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot on Friday.",
                "The driver, Dana Reyes, 41, of Bradford, was released on bail."))
                .anySatisfy(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.PLACE);
                    assertThat(d.aWords()).isEqualTo("Leeds");
                    assertThat(d.bWords()).isEqualTo("Bradford");
                    assertThat(d.grade()).isEqualTo(Grade.CONFLICT);
                });
        assertThat(compare("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot on Friday.",
                "The driver, Dana Reyes, of Leeds, was released on bail."))
                .noneMatch(d -> d.conflictKind() == ConflictKind.PLACE);
        assertThat(compare("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot on Friday.",
                "The van's owner, Sam Okafor, 52, of Bradford, was not hurt."))
                .noneMatch(d -> d.conflictKind() == ConflictKind.PLACE);
    }

    @ParameterizedTest(name = "{0} / {1}: one statement, two days")
    @CsvSource(delimiter = '|', value = {
            "The ministry said Friday that the leaders would meet. | The leaders will meet, the ministry said on Tuesday.",
            "Police in Laredo said Wednesday the ferry had sunk. | The ferry sank overnight, police said Friday.",
            "Norvell on Monday said it had agreed to buy the mill. | Norvell said on Wednesday that it has agreed to buy the mill.",
    })
    void daysOfOneStatementValuesDiffer(String left, String right) {
        assertTwoDaysValuesDiffer(left, right);
    }

    @Test
    void oneStreetWithTwoEndingsValuesDiffer() {
        assertThat(compare("The man was found hiding in a shed on Marlowe Road near the river.",
                "Deputies arrested him late that night at 77 Marlow Street."))
                .singleElement().satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.PLACE);
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("The man was found hiding in a shed on Marlowe Road near the river.",
                "Deputies arrested him late that night on Marlowe Road."))
                .noneMatch(d -> d.conflictKind() == ConflictKind.PLACE);
    }

    @Test
    void aNameCutShortAtTheStartOfASentenceIsNotAnotherName() {
        assertThat(compare("According to the coroner, Marcus Okafor, 52, of Dunmore, was driving the van.",
                "Marcus Dylan Okafor, 52, was charged with careless driving of the van."))
                .noneMatch(d -> d.conflictKind() == ConflictKind.PERSON);
    }

    @Test
    void aFirstNameAndItsShortFormAreOnePerson() {
        assertThat(compare("\"The ruling is wrong,\" agency chairman Timothy Marsh said in a statement.",
                "The ruling is \"wrong,\" agency chairman Tim Marsh said."))
                .noneMatch(d -> d.conflictKind() == ConflictKind.PERSON);
        assertThat(compare("\"The ruling is wrong,\" agency chairman Timothy Marsh said in a statement.",
                "The ruling is \"wrong,\" agency chairman Tom Marsh said."))
                .anyMatch(d -> d.conflictKind() == ConflictKind.PERSON);
    }

    @Test
    void twoSpellingsOfOneNameValuesDiffer() {
        assertThat(compare("The statement was read by district attorney spokesman Gregg Miliote on Tuesday.",
                "The statement was read by district attorney spokesman Gregg Milliote on Tuesday."))
                .singleElement().satisfies(d -> {
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                    assertThat(d.bWords()).isEqualTo("Gregg Milliote");
                });
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "The harbour master told the local paper that the trawler sank Saturday off the cape. | The harbour master said he believes the trawler sank Monday off the cape.",
            "Officials said the bridge reopened Thursday after repairs. | The bridge reopened Tuesday after repairs, officials said.",
    })
    void aDayOfTheEventAfterAReportingVerbIsStillTheEventsDay(String left, String right) {
        assertThat(compare(left, right)).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.WEEKDAY);
            assertThat(d.grade()).isEqualTo(Grade.CONFLICT);
        });
    }

    @ParameterizedTest(name = "{0} / {1}: the only day of each, one dating the statement")
    @CsvSource(delimiter = '|', value = {
            "The mill's owners on Tuesday announced a plan to close the plant in Derwent. | On Thursday afternoon, the owners of the mill announced the plan to close the plant in Derwent.",
            "Two men were charged in the theft of the church bells, police said Saturday. | Two men were charged on Monday over the stolen church bells.",
    })
    void theOnlyDayOfEachPassageValuesDifferWhenOneDatesTheStatement(String left, String right) {
        assertTwoDaysValuesDiffer(left, right);
    }

    @Test
    void aCountUnderWhatDozensSaysAtLeastIsWorthALook() {
        assertThat(compare("Dozens of people were seriously injured when the stand collapsed, officials said.",
                "Eight people were seriously injured when the stand collapsed."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + " / " + d.bWords()).isEqualTo("Dozens / Eight");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("Dozens of people were seriously injured when the stand collapsed, officials said.",
                "Thirty people were seriously injured when the stand collapsed.")).isEmpty();
        // title case hides the verbs; with no word beside both, a vague count is no slot
        assertThat(compare("Powerful Storm Injures Dozens In Coastal Province",
                "Powerful Storm Hits Coastal Province, Killing One")).isEmpty();
    }

    @Test
    void theDayOfAnEventBeforeATrailingAttributionIsComparedAsTheEventsDay() {
        assertThat(compare("On Saturday, a climber from Leeds fell about 600 metres while walking to the hut below the ridge.",
                "A climber from Leeds fell about 600 metres while walking to the hut below the ridge on Monday, police said."))
                .singleElement().satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.WEEKDAY);
                    assertThat(d.aWords()).isEqualTo("Saturday");
                    assertThat(d.bWords()).isEqualTo("Monday");
                });
    }

    @ParameterizedTest(name = "{0} / {1}: told a few days after it happened")
    @CsvSource(delimiter = '|', value = {
            "A ferry hand drowned when the boat capsized off the point, the harbour board said Tuesday. | On Monday, a ferry hand drowned when the boat capsized off the point.",
            "The hikers were found early Saturday in the gully below the ridge. | The hikers were found in the gully below the ridge, the rescue team said in a statement Tuesday.",
    })
    void aStatementDaysAfterTheActIsNoFlag(String left, String right) {
        assertThat(compare(left, right)).noneMatch(d -> d.conflictKind() == ConflictKind.WEEKDAY);
    }

    @Test
    void aStatementsDayIsNotComparedWithAnotherDayOfTheSamePassage() {
        assertThat(compare("Two men were charged on Friday in the theft of the church bells, police said Saturday.",
                "Two men were charged over the stolen church bells, officers announced Monday."))
                .noneMatch(d -> d.conflictKind() == ConflictKind.WEEKDAY && d.aWords().equals("Friday"));
    }

    @Test
    void theOnlyEventDayOfEachLinkedPassageIsWorthALookWithNoWordBesideIt() {
        assertThat(compare("The ferry ran aground off the northern island on Saturday, the coast guard's report shows.",
                "On Monday the ferry, carrying 300 passengers, ran aground off the northern island."))
                .singleElement().satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.WEEKDAY);
                    assertThat(d.aWords()).isEqualTo("Saturday");
                });
        assertThat(compare("The ferry ran aground on Saturday and was towed to port on Monday.",
                "The ferry that ran aground was towed to port on Tuesday."))
                .as("two days on one side: no lone day to pair").noneMatch(d -> d.aWords().equals("Saturday"));
    }

    @Test
    void aFigureThatIsNotTheOtherRoundedIsStillFlagged() {
        assertThat(compare("Shares in the airline rose 2.4 percent on Friday.", "Shares in the airline rose 3% on Friday."))
                .singleElement().extracting(Difference::conflictKind).isEqualTo(ConflictKind.PERCENT);
        assertThat(compare("The company spent $113.4 million on the new plant.", "The company spent $114 million on the new plant."))
                .singleElement().extracting(Difference::conflictKind).isEqualTo(ConflictKind.MONEY);
        assertThat(compare("He was sentenced to 2 1/2 years in prison for the assault.", "He was sentenced to 2 years in prison for the assault."))
                .singleElement().extracting(Difference::conflictKind).isEqualTo(ConflictKind.NUMBER);
    }

    @Test
    void timesOfDayOfTwoDifferentActsAreNoFlag() {
        assertThat(compare("Police arrested the tenant last night on charges of arson and burglary.",
                "The tenant faces arraignment on Wednesday morning on charges of arson and burglary."))
                .noneMatch(d -> d.conflictKind() == ConflictKind.TIME_OF_DAY);
        assertThat(compare("Police arrested the tenant last night on charges of arson and burglary.",
                "Police arrested the tenant on Wednesday morning on charges of arson and burglary."))
                .anyMatch(d -> d.conflictKind() == ConflictKind.TIME_OF_DAY);
    }

    @Test
    void aWordBetweenANumberAndWhatItCountsKeepsOneQuantity() {
        assertThat(compare("Police detained 26 Somali sailors at the port on Friday.",
                "Police detained 39 sailors at the port on Friday."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords()).isEqualTo("26");
                    assertThat(d.grade()).isEqualTo(Grade.CONFLICT);
                });
    }

    @ParameterizedTest(name = "{0} / {1}: compatible")
    @CsvSource(delimiter = '|', value = {
            "At least 50 people were taken to hospital after the blast. | 61 people were taken to hospital after the blast.",
            "The victim, in her 60s, was walking to the store. | The victim, 66, was walking to the store.",
            "The fire broke out on the roof at about 2045 GMT on Friday. | The fire broke out on the roof at 8.45pm on Friday.",
            "The driver was stopped a few blocks away by the police. | The driver was stopped two blocks away by the police.",
            "The company employs 1098 people at the plant. | The company employs 1,098 people at the plant.",
            "The company spent $114.3 million on the new plant. | The company spent $114 million on the new plant.",
            "Shares in the airline rose 2.7 percent on Friday. | Shares in the airline rose 3% on Friday.",
            "Two Leeds firms were named in the report on pay. | Two Leeds-based firms were named in the report on pay.",
            "Ozone levels reached .20 parts per million on Monday. | Ozone levels reached 0.20 parts per million on Monday.",
            "Some 1.2 million women still take the pills. | Some 1,2 million women still take the pills.",
            "The estate was valued at 38-million euros. | The estate was valued at 38 million euros.",
            "The loss came from a 1.5 billion pound writedown. | The loss came from a 1.5 billion-pound writedown.",
            "The harbour index closed at 1,121 on Friday. | The harbour index closed at 1,121.96 on Friday.",
            "Colorado Attorney-General Ken Salazar filed the suit. | Colorado Attorney General Ken Salazar filed the suit.",
            "The hackers' contest was extended until 8am (AEST). | The hackers' contest was extended until 6 p.m. EDT.",
            "The challenger was beaten in the seventh round at the arena. | By the sixth round the challenger was beaten at the arena.",
            "The bridge will reopen in 2028, the council said. | The bridge will reopen by 2030, the council said.",
    })
    void compatibleValuesAreNoFlag(String left, String right) {
        assertThat(compare(left, right)).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}: other quantities")
    @CsvSource(delimiter = '|', value = {
            "The earthquake killed at least five people on Tuesday. | The earthquake injured at least 50 people on Tuesday.",
            "The floods killed 1,200 people in the northern valley last spring. | The floods killed 3,400 people across four countries last spring.",
            "The champion stopped his rival after 44 seconds of the seventh round. | The champion stopped his rival in seven rounds in front of his home crowd.",
            "The ministry said Friday that the leaders would meet. | The leaders will meet, the embassy said on Tuesday.",
            "The ministry said Friday that the leaders would meet. | The leaders will meet, the ministry announced on Tuesday.",
            "A ministry spokesman said Friday that the leaders would meet. | The leaders will meet on Monday and talks will go on on Tuesday, a ministry spokesman said.",
            "The village lies 90 miles north of the capital on the old road. | The village lies 150 kilometres north of the capital on the old road.",
            "A witness told the 36-year-old driver to stop outside the depot. | Police arrested the driver who hit a 66-year-old woman outside the depot.",
    })
    void differentQuantitiesAndReportingDaysAreNoFlag(String left, String right) {
        assertThat(compare(left, right)).isEmpty();
    }

    @Test
    void twoUnitsOfMeasureAreTwoQuantitiesEvenWhenTheModelAlignsThem() {
        String a = "The village lies 90 miles north of the capital on the old road.";
        String b = "The village lies 150 kilometres north of the capital on the old road.";
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        // contextual vectors that make "miles" and "kilometres" one word, as a sentence model may
        float[][] va = new float[ta.size()][];
        float[][] vb = new float[tb.size()][];
        va[indexOf(ta, "miles")] = new float[] {1, 0, 0, 0};
        vb[indexOf(tb, "kilometres")] = new float[] {1, 0, 0, 0};
        WordAlignment aligned = WordAlignment.of(ta, tb, app.parallax.core.text.QuantisedVectors.of(va),
                app.parallax.core.text.QuantisedVectors.of(vb));
        assertThat(aligned.partnerOfA(indexOf(ta, "miles"))).isEqualTo(indexOf(tb, "kilometres"));

        assertThat(SlotComparer.compare(new SlotComparer.Side(ta, ValueFinder.find(ta, a), a),
                new SlotComparer.Side(tb, ValueFinder.find(tb, b), b), aligned))
                .noneMatch(d -> d.conflictKind() == ConflictKind.NUMBER);
    }

    private static int indexOf(List<Token> tokens, String key) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key);
    }

    @Test
    void twoFiguresOfOneUnitOfMeasureAreStillCompared() {
        assertThat(compare("The village lies 90 miles north of the capital on the old road.",
                "The village lies 120 miles north of the capital on the old road."))
                .singleElement().extracting(Difference::conflictKind).isEqualTo(ConflictKind.NUMBER);
        assertThat(compare("The village lies 90 miles north of the capital on the old road.",
                "The village lies 120 mi north of the capital on the old road."))
                .singleElement().extracting(Difference::conflictKind).isEqualTo(ConflictKind.NUMBER);
    }

    @Test
    void theSameSentenceShapeWithOneCountChangedIsStillFlaggedAfterTheseExclusions() {
        assertThat(compare("The earthquake killed at least five people on Tuesday.",
                "The earthquake killed at least 50 people on Tuesday."))
                .singleElement().extracting(Difference::conflictKind).isEqualTo(ConflictKind.NUMBER);
        assertThat(compare("The floods killed 1,200 people in the northern valley last spring.",
                "The floods killed 3,400 people in the northern valley last spring."))
                .singleElement().extracting(Difference::grade).isEqualTo(Grade.CONFLICT);
    }

    /** The only flag is the two days, worth a look. */
    @Test
    void oneQuotationGivenWithTwoDaysIsWorthALook() {
        assertThat(compare("\u201cThis morning I was stopped by an officer,\u201d the player said in a statement.",
                "\u201cYesterday I was stopped by an officer.\u201d"))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("This morning/Yesterday");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("The coach said: \"We trained hard today and it showed.\"",
                "The coach said: \"We trained hard yesterday and it showed.\"")).singleElement()
                .satisfies(d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("today/yesterday"));
    }

    @Test
    void daysOutsideQuotationsOrInOtherPlacesOfTheQuoteAreNoFlag() {
        // a report of one day and a report of the next see the same morning differently
        assertThat(compare("This morning police stopped the player on Route 52, officers said.",
                "Yesterday police stopped the player on Route 52.")).isEmpty();
        // the two days stand before different words: two remarks, not one quotation changed
        assertThat(compare("\u201cYesterday we lost, but we will win,\u201d he said.",
                "\u201cWe lost, but tomorrow we will win,\u201d he said.")).isEmpty();
        // a passage that also has the other's day word
        assertThat(compare("\u201cThis morning I was stopped, and yesterday I was warned,\u201d he said.",
                "\u201cYesterday I was stopped,\u201d he said.")).isEmpty();
        assertThat(compare("\u201cYesterday I was stopped by an officer,\u201d he said.",
                "\u201cThis morning I was stopped by an officer, as yesterday,\u201d he said.")).isEmpty();
    }

    @Test
    void theFiguresOfTwoPeopleEachPassageOpensOnAreNotOneFigure() {
        String reyes = "Governor Alan Reyes and his wife released their tax returns on Friday. ";
        String whitfield = "Senator Dana Whitfield released her returns in March. ";
        assertThat(compareIn(reyes, "The Reyeses paid an effective federal tax rate of 31.4 percent last year.",
                whitfield, "Whitfield, by comparison, paid an effective federal tax rate of 32 percent last year.")).isEmpty();
        assertThat(compareIn(reyes, "Alan Reyes paid an effective federal tax rate of 31.4 percent last year.",
                whitfield, "Dana Whitfield paid an effective federal tax rate of 32 percent last year.")).isEmpty();
        // one person in both: a real difference
        assertThat(compareIn(reyes, "Reyes paid an effective federal tax rate of 31.4 percent last year.",
                reyes, "Reyes, by comparison, paid an effective federal tax rate of 32 percent last year."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("31.4/32");
        // a passage that names the other's person too is about both
        assertThat(compareIn(reyes, "Reyes paid an effective federal tax rate of 31.4 percent last year, less than Whitfield.",
                whitfield, "Whitfield paid an effective federal tax rate of 32 percent last year."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("31.4/32");
        // two sources of one count are still compared
        assertThat(compareIn(reyes, "Reyes said 29 people were hurt in the blast.",
                whitfield, "Whitfield said 31 people were hurt in the blast."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("29/31");
        // a team and its city are no person's: one signing on two days
        String team = "The Port Mara Otters made two moves this week. ";
        assertThat(compareIn(team, "The Otters added Dale Mercer to the roster on Tuesday.", team,
                "Port Mara added Dale Mercer to the roster on Monday."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("Tuesday/Monday");
        // an opening word the article names no one by
        assertThat(compareIn("The storm hit on Friday. ", "Police put the number of injured people at 29 after the storm.",
                "The storm hit on Friday. ", "Officials put the number of injured people at 31 after the storm."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("29/31");
    }

    @Test
    void aFigureOfAnotherThingOfTheKindIsNotTheOthersFigure() {
        assertThat(compare("A poll by Quinnipiac last week showed Reyes leading Whitfield 44 percent to 38 percent.",
                "A separate Quinnipiac poll last week had Reyes leading Whitfield 41 percent to 39 percent.")).isEmpty();
        // the same poll in both: a real difference
        assertThat(compare("A poll by Quinnipiac last week showed Reyes leading Whitfield 44 percent to 38 percent.",
                "A Quinnipiac poll last week had Reyes leading Whitfield 41 percent to 38 percent."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("44/41");
        // both tell of the other one
        assertThat(compare("Another poll by Quinnipiac last week showed Reyes leading Whitfield 44 percent to 38 percent.",
                "Another Quinnipiac poll last week had Reyes leading Whitfield 41 percent to 38 percent."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("44/41");
    }

    @Test
    void aCountOfTheSameCapitalisedGroupFillsOneSlot() {
        assertThat(compare("Fourteen Republicans joined all 54 Democrats in voting for the bill.",
                "Thirteen Republicans voted with Democrats to pass it."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("Fourteen/Thirteen");
        // two groups counted
        assertThat(compare("Fourteen Republicans joined the majority in the vote.",
                "Thirteen Democrats broke with their leaders to oppose it.")).isEmpty();
        // a unit written with capitals is no group: memory and storage both in gigabytes
        assertThat(compare("The new model will ship with 4 GB of memory and a faster chip.",
                "It also offers 256 GB of flash storage and a faster chip.")).isEmpty();
    }

    @Test
    void agesAfterANameAreNotDatedByTheYearOfTheirClause() {
        assertThat(compare("Ortega, 61, has served in the Senate since 2009.",
                "Ortega, 62, was first elected to the Senate in 2008."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("61/62");
    }

    @Test
    void oneVoteCountedTwoWaysIsFlagged() {
        assertThat(compare("The Senate voted 68-32 on Thursday to pass the farm bill.",
                "The Senate approved the farm bill on Thursday, 68-31, after months of talks."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("68-32/68-31");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                });
        assertThat(compare("The Senate passed the farm bill by a vote of 68 to 32 on Thursday.",
                "The Senate voted 68-31 on Thursday to pass the farm bill."))
                .singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("68 to 32/68-31");
                    assertThat(d.grade()).isEqualTo(Grade.CONFLICT);
                });
    }

    private static void assertTwoDaysValuesDiffer(String left, String right) {
        assertThat(compare(left, right)).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.WEEKDAY);
            assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
        });
    }

    @Test
    void aPlayersAgeInBothDoesNotMakeASeasonsTallyAndAGamesTallyOne() {
        assertThat(compare("Okafor, 27, has scored at least 20 goals and made at least 40 assists in each of the past four seasons.",
                "Okafor, 27, scored 9 goals and made 16 assists in 31 games for the club last season.")).isEmpty();
    }

    @Test
    void oneTallyWithAFigureChangedIsStillAConflictBesideTheSharedAge() {
        assertThat(compare("Okafor, 27, scored 9 goals and made 16 assists in 31 games last season.",
                "Okafor, 27, scored 11 goals and made 16 assists in 31 games last season."))
                .extracting(d -> d.aWords() + "/" + d.bWords() + " " + d.grade()).containsExactly("9/11 CONFLICT");
    }

    @Test
    void twoPlayersFiguresAreNotOneFigureToldTwoWays() {
        assertThat(compare("Charles ran for 226 yards against the Panthers.", "Hillis ran for 101 yards against the Panthers."))
                .isEmpty();
        assertThat(compare("Okafor scored 23 points in the final.", "Mensah scored 18 points in the final.")).isEmpty();
        assertThat(compare("Charles had 226 yards against the Panthers.", "Hillis had 101 yards against the Panthers.")).isEmpty();
        assertThat(compare("Manning threw for 364 yards in the win.", "Garrard threw for 329 yards in the win.")).isEmpty();
    }

    @Test
    void onePlayerByFullNameAndBySurnameIsOneSubject() {
        assertThat(compare("Peyton Manning completed 29 of 34 passes for 364 yards in the victory.",
                "Manning completed 28 of 34 passes for 364 yards in the victory."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("29/28");
    }

    @Test
    void twoSourcesOfOneCountAreStillCompared() {
        assertThat(compare("Police reported 29 injuries after the blast.", "Officials reported 31 injuries after the blast."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("29/31");
    }

    @Test
    void aWordOpeningTheSentenceOrANameBeforeACommaIsNoSubject() {
        assertThat(compare("Despite rushing for 352 yards, the Chiefs lost their home finale.",
                "Chiefs rushed for 350 yards but lost their home finale."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("352/350");
        assertThat(compare("Englishman Robert Buckley, living in Christchurch, fell about 2,000 feet from the ridge.",
                "Robert Buckley fell about 1,500 feet from the ridge."))
                .extracting(d -> d.aWords() + "/" + d.bWords()).containsExactly("2,000/1,500");
    }

    /** Compares the passage that ends each article (its text the article's text before it plus the passage). */
    private static List<Difference> compareIn(String articleA, String passageA, String articleB, String passageB) {
        String textA = articleA + passageA;
        String textB = articleB + passageB;
        List<Token> ta = Tokenizer.tokenize(textA, articleA.length(), textA.length());
        List<Token> tb = Tokenizer.tokenize(textB, articleB.length(), textB.length());
        return SlotComparer.compare(new SlotComparer.Side(ta, ValueFinder.find(ta, textA), textA),
                new SlotComparer.Side(tb, ValueFinder.find(tb, textB), textB), WordAlignment.of(ta, tb));
    }

    private static List<Difference> compare(String a, String b) {
        List<Token> ta = Tokenizer.tokenize(a);
        List<Token> tb = Tokenizer.tokenize(b);
        return SlotComparer.compare(new SlotComparer.Side(ta, ValueFinder.find(ta, a), a),
                new SlotComparer.Side(tb, ValueFinder.find(tb, b), b), WordAlignment.of(ta, tb));
    }
}
