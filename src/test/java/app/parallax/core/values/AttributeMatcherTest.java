package app.parallax.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One attribute given two values in sentences that report different facts: found across the
 * story, as "values differ", while figures of different things, other people's records and an
 * article's own typo stay quiet.
 */
class AttributeMatcherTest {

    @Test
    void aStreetSpelledTwoWaysInUnrelatedSentencesIsFlagged() {
        List<AttributeMatcher.Found> found = find(
                List.of("The gas stove in the Independence Street flat had been left on, officials said."),
                List.of("Neighbours on Independent Street said the couple had lived there for years."));
        assertThat(found).singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
            assertThat(d.conflictKind()).isEqualTo(ConflictKind.PLACE);
            assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
            assertThat(d.aWords()).isEqualTo("Independence Street");
            assertThat(d.bWords()).isEqualTo("Independent Street");
        }));
    }

    @Test
    void aSurnameSpelledTwoWaysMeetsEvenWhenOneSentenceOpensWithTheFirstName() {
        assertThat(find(List.of("Gregg Milliote, a spokesman for the prosecutor, said both men were charged."),
                List.of("The pair were held overnight, according to Gregg Miliote, the prosecutor's spokesman.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords()).contains("Milliote");
                    assertThat(d.bWords()).contains("Miliote");
                }));
    }

    @Test
    void anArticleThatWritesBothSpellingsHasATypoNotAnotherAccount() {
        assertThat(find(List.of("The gas stove in the Independence Street flat had been left on, officials said.",
                        "Police closed Independent Street for the night."),
                List.of("Neighbours on Independent Street said the couple had lived there for years."))).isEmpty();
    }

    @Test
    void closeFiguresCountingTheSameThingBesideTheSameWordsAreFlagged() {
        assertThat(find(List.of("The 6.4 magnitude quake toppled dozens of homes in the valley."),
                List.of("Rescuers reached the coast a day after the 6.5 magnitude quake struck.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.NUMBER);
                    assertThat(d.aWords()).isEqualTo("6.4");
                    assertThat(d.bWords()).isEqualTo("6.5");
                }));
    }

    @Test
    void aFarFigureOfTheSameUnitIsAnotherThing() {
        assertThat(find(List.of("The 6.4 magnitude quake toppled dozens of homes in the valley."),
                List.of("A 5.1 magnitude quake, an aftershock, struck the coast on Tuesday."))).isEmpty();
    }

    @Test
    void figuresSharingOnlyTheirUnitAreDifferentCounts() {
        assertThat(find(List.of("Harbourton, a city of 160,000 people, lost power overnight."),
                List.of("The 1998 floods killed 158,000 people across the region."))).isEmpty();
    }

    @Test
    void agesOfTwoChildrenAreTwoPeople() {
        assertThat(find(List.of("The mother of a 10-year-old girl hit by a stray bullet spoke to the court."),
                List.of("An 11-year-old girl hit by a stray bullet was treated in hospital."))).isEmpty();
    }

    @Test
    void aFightersRecordsYearsApartAreNoDifference() {
        assertThat(find(List.of("Ortiz (31-2, 20 KOs) had trained in Miami since the spring."),
                List.of("Back then Luis Ortiz (24-1) was a contender."))).isEmpty();
    }

    @Test
    void aRecordRightAfterTheSameNameIsThatFightersRecord() {
        assertThat(find(List.of("Ortiz (31-2, 20 KOs) had trained in Miami since the spring."),
                List.of("On the undercard, former champion Luis Ortiz (30-2) won on points.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords()).isEqualTo("31-2");
                    assertThat(d.bWords()).isEqualTo("30-2");
                }));
    }

    @Test
    void aRecordAFewWordsAfterItsFightersNameIsHisRecord() {
        assertThat(find(List.of("Ortiz (31-2, 20 KOs) had trained in Miami since the spring."),
                List.of("The stoppage took Ortiz's record to 30-2 and earned him a title shot.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords()).isEqualTo("31-2");
                    assertThat(d.bWords()).isEqualTo("30-2");
                }));
        assertThat(find(List.of("Ortiz (31-2, 20 KOs) had trained in Miami since the spring."),
                List.of("Ortiz improved his record to 30-2 with the win."))).hasSize(1);
    }

    @Test
    void aRecordBehindAnotherNameOrFarFromTheNameIsNotHis() {
        assertThat(find(List.of("Ortiz (31-2, 20 KOs) had trained in Miami since the spring."),
                List.of("Ortiz watched as the young Cuban fighter improved to 30-2."))).isEmpty();
        assertThat(find(List.of("Ortiz (31-2, 20 KOs) had trained in Miami since the spring."),
                List.of("Ortiz won, and the crowd in the arena cheered the new record of 30-2."))).isEmpty();
        // a record not reached but started from is another season's
        assertThat(find(List.of("The Hawks (30-2) lead the division."),
                List.of("Two years ago the coach rallied the Hawks from a 31-2 start."))).isEmpty();
    }

    @Test
    void onePersonGivenTwoHomeTownsInSentencesAboutOtherThingsIsFlagged() {
        // the second sentence opens with the name: its first word is part of it
        assertThat(find(List.of("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot."),
                List.of("Dana Marie Reyes of Wakefield was charged on Monday with dangerous driving.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + " / " + d.bWords()).isEqualTo("Leeds / Wakefield");
                    assertThat(d.conflictKind()).isEqualTo(ConflictKind.PLACE);
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
    }

    @Test
    void aFamilyNameAloneIsTheOnePersonItsArticleNamesInFull() {
        List<String> first = List.of("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot.");
        assertThat(find(first, List.of("Dana Marie Reyes, 41, was charged on Monday with dangerous driving.",
                "Police stopped Reyes, of Wakefield, two streets from the depot.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + " / " + d.bWords()).isEqualTo("Leeds / Wakefield");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
        // two of that family name in the article: the family name alone may be either
        assertThat(find(first, List.of("Dana Marie Reyes, 41, was charged on Monday with dangerous driving.",
                "Her brother Tom Reyes was a passenger.",
                "Police stopped Reyes, of Wakefield, two streets from the depot."))).isEmpty();
    }

    @Test
    void twoPeopleFromTwoTownsAreNoDifference() {
        assertThat(find(List.of("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot."),
                List.of("The van's driver, Sam Kell of Wakefield, was unhurt."))).isEmpty();
        assertThat(find(List.of("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot."),
                List.of("Dana Reyes was charged on Monday, police in Wakefield said."))).isEmpty();
        // a family name alone may be a relative
        assertThat(find(List.of("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot."),
                List.of("Her brother, Mr Reyes, of Wakefield, was a passenger."))).isEmpty();
        // a street is no other answer than a town
        assertThat(find(List.of("Officers said Dana Reyes, 41, of Leeds, drove into a van outside the Bradford depot."),
                List.of("Neighbours said Dana Reyes, of Cardigan Road, had lived there for years."))).isEmpty();
        // one word before "of" is a title or a thing more often than a person
        assertThat(find(List.of("Officers said Dana Reyes, 41, won the Medal of Honor last year."),
                List.of("Dana Reyes, 41, was given the Medal of Valor in March."))).isEmpty();
    }

    @Test
    void theSamePeoplesAgesWithOneToldTwoWaysAreFlaggedAcrossTheStory() {
        assertThat(find(List.of("Divers found two men -- 72 and 39-years-old -- in the flooded basement."),
                List.of("The mill's owner named them as Tomas Reyes, 39, and Luis Ortega, 74, both of Arles.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("72/74");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
    }

    @Test
    void agesMarkedOneByOneAndAfterNamesAreAllCounted() {
        // three ages against two: the brother (23) is not the sister (20) told another way
        assertThat(find(List.of("Police charged 23-year-old Tomas Reyes over the deaths of his 58-year-old mother, Ana Reyes, and sister, Lena Reyes, 20."),
                List.of("The bodies of Ana Reyes, 58, and Lena Reyes, 20, were found on Sunday."))).isEmpty();
    }

    @Test
    void agesFarApartInSentencesAboutOtherThingsAreOtherPeople() {
        assertThat(find(List.of("Divers found two men -- 72 and 39-years-old -- in the flooded basement."),
                List.of("The mill's owner, Tomas Reyes, 39, and his son Paul Reyes, 15, were not at home."))).isEmpty();
    }

    @Test
    void anotherFightersRecordIsNoDifference() {
        assertThat(find(List.of("Ortiz (31-2, 20 KOs) had trained in Miami since the spring."),
                List.of("On the undercard, Sam Kell (29-2) won on points."))).isEmpty();
    }

    @Test
    void aQuakesMagnitudeReadTwoWaysIsFlaggedWhateverTheSentencesReport() {
        assertThat(find(List.of("Two quakes, measuring 6.8 and 6.2, shook the island before dawn on Sunday."),
                List.of("Officials said the 6.9 magnitude quake cut power to the port for a day.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("6.8/6.9");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
    }

    @Test
    void twoQuakesListedWithOneReadTwoWaysFlagOnlyThatOne() {
        assertThat(find(List.of("Two quakes, measuring 6.8 and 6.2, shook the island before dawn on Sunday."),
                List.of("Ferries stopped running after the 6.8 and 6.3 magnitude quakes struck.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("6.2/6.3")));
    }

    @Test
    void anOlderQuakeOrAnArticleGivingBothReadingsIsNoDifference() {
        assertThat(find(List.of("The island's last big quake, in 1999, reached magnitude 6.8 and killed nine."),
                List.of("Officials said the 6.9 magnitude quake cut power to the port for a day."))).isEmpty();
        assertThat(find(List.of("Two quakes, measuring 6.8 and 6.2, shook the island on Jan. 4."),
                List.of("On April 6, an earthquake measuring 6.9 on the Richter scale struck the coast."))).isEmpty();
        assertThat(find(List.of("Officials said the 6.9 magnitude quake cut power to the port for a day.",
                        "The survey later put it at magnitude 6.8."),
                List.of("Two quakes, measuring 6.8 and 6.1, struck before dawn."))).isEmpty();
    }

    @Test
    void oneEventsDeathTollToldTwoWaysIsFlaggedWhateverTheSentencesReport() {
        assertThat(find(List.of("Floods swept through the valley towns on Sunday, killing four people and cutting roads."),
                List.of("Relief trucks reached the valley two days after the floods destroyed bridges and killed one person.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("four/one");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
        assertThat(find(List.of("The death toll rose to 24 on Tuesday as rescuers dug through the rubble."),
                List.of("The quake flattened the old town, and 31 people were killed there.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("24/31")));
    }

    @Test
    void partsOfATollOtherEventsTollsAndOtherCountsAreNoDifference() {
        String toll = "Floods swept through the valley towns on Sunday, killing four people and cutting roads.";
        // a breakdown, a part, a near miss
        assertThat(find(List.of(toll), List.of("At least five people, a man and two women, were killed in the valley."))).isEmpty();
        assertThat(find(List.of(toll), List.of("Two other people died later in hospital."))).isEmpty();
        assertThat(find(List.of(toll), List.of("Two hikers were nearly killed by a falling tree."))).isEmpty();
        // another year's or month's floods
        assertThat(find(List.of(toll), List.of("The 1998 floods killed 30 people in the same valley."))).isEmpty();
        assertThat(find(List.of(toll), List.of("In February, a landslide killed 30 people nearby."))).isEmpty();
        // a threat, ages, a family's size
        assertThat(find(List.of(toll), List.of("Police said the man intended to kill one other person."))).isEmpty();
        assertThat(find(List.of(toll), List.of("The names of the women killed, who were 61 and 48 years old, were not released."))).isEmpty();
        assertThat(find(List.of(toll), List.of("A mother of 12 was killed when the bridge gave way."))).isEmpty();
        assertThat(find(List.of(toll), List.of("A 10-year-old girl was killed by falling masonry."))).isEmpty();
        // a saying, a fear, a family, an earlier event
        assertThat(find(List.of(toll), List.of("When one is killed, all of us lose."))).isEmpty();
        assertThat(find(List.of(toll), List.of("There might have been two people killed, he said."))).isEmpty();
        assertThat(find(List.of(toll), List.of("The farmer, a father to two boys, died at the scene."))).isEmpty();
        assertThat(find(List.of(toll), List.of("Earlier this year, a landslide left three hikers dead."))).isEmpty();
        // at least four and five may both hold
        assertThat(find(List.of("Floods swept through the valley towns on Sunday, killing at least four people."),
                List.of("Relief trucks reached the valley after the floods killed five people."))).isEmpty();
    }

    @Test
    void anArticleGivingSeveralTollsReportsSeveralEventsAndIsLeftAlone() {
        assertThat(find(List.of("An air strike on a school killed 40 people on Tuesday."),
                List.of("Three people died in an air strike on another school.",
                        "Two people were killed when a shell hit a school in the south."))).isEmpty();
        assertThat(find(List.of("An air strike on a school killed 40 people on Tuesday."),
                List.of("Three people died in one strike and two people were killed in another.",
                        "Two people were killed when a shell hit a school in the south."))).isEmpty();
        // an older toll equal to the present one is still another event's
        assertThat(find(List.of("Floods swept through the valley towns on Sunday, killing five people."),
                List.of("Relief trucks reached the valley after the floods killed four people.",
                        "The 1998 floods killed four people too.")))
                .singleElement().satisfies(f -> assertThat(f.b()).isEqualTo(1));
    }

    @Test
    void onePersonGivenTwoAgesByFullNameIsFlaggedWhateverTheSentencesReport() {
        assertThat(find(List.of("Police named the victim as 61-year-old Dana Reyes on Wednesday."),
                List.of("The body of Dana Reyes, 68, was found by a neighbour.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("61/68");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
        // with a middle name more
        assertThat(find(List.of("A jury found Christopher Kenyon Tate, 27, guilty of both counts."),
                List.of("Jurors in Leeds found 40 year old Christopher Tate guilty of murder.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("27/40")));
        // an age-marked name after a comma that is no name's
        assertThat(find(List.of("The climber, with rental gear, 31-year-old Dana Reyes of Leeds, fell on the ridge."),
                List.of("Rescuers said Dana Reyes, 32, died on Saturday.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("31/32")));
    }

    @Test
    void onePersonsAgeAtDeathToldTwoWaysIsFlagged() {
        assertThat(find(List.of("Dana Reyes, the singer who made the valley famous, died on Friday in Leeds at the age of 85."),
                List.of("Dana Reyes died at her home on Friday, aged 84, her family said.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("85/84");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
        assertThat(find(List.of("Dana Reyes, the singer who sang of the valley (and of little else), died on Friday at the age of 85."),
                List.of("Dana Reyes died at her home on Friday, aged 84, her family said."))).singleElement()
                .satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("85/84")));
        // the age of someone else: a relative clause's subject, a person named later
        assertThat(find(List.of("Dana Reyes, whose father died at the age of 60, sang on Friday."),
                List.of("Dana Reyes died at her home on Friday, aged 84, her family said."))).isEmpty();
        assertThat(find(List.of("The son of Dana Reyes, Tom Ashe, died on Friday at the age of 60."),
                List.of("Dana Reyes died at her home on Friday, aged 84, her family said."))).isEmpty();
    }

    @Test
    void aFamilyNameAloneOrAnArticleGivingBothAgesIsNoDifference() {
        assertThat(find(List.of("The 32-year-old Ortiz won his tenth fight in a row."),
                List.of("On Friday night, Ortiz, 33, defended the title for the third time."))).isEmpty();
        assertThat(find(List.of("Police named the victim as 61-year-old Dana Reyes on Wednesday.",
                        "Neighbours said Dana Reyes, 68, had lived there for years."),
                List.of("The body of Dana Reyes, 68, was found by a neighbour."))).isEmpty();
    }

    @Test
    void aFamilyNameAloneTakesTheAgeOfTheOnePersonItsArticleNamesInFull() {
        assertThat(find(List.of("The 32-year-old Luis Ortiz won his tenth fight in a row."),
                List.of("Luis Alberto Ortiz stopped his challenger in the fourth round.",
                        "On Friday night, Ortiz, 33, defended the title for the third time.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("32/33")));
        // his brother named in full too: "Ortiz" may be either
        assertThat(find(List.of("The 32-year-old Luis Ortiz won his tenth fight in a row."),
                List.of("Luis Alberto Ortiz stopped his challenger in the fourth round.",
                        "His brother Ramon Ortiz was in his corner.",
                        "On Friday night, Ortiz, 33, defended the title for the third time."))).isEmpty();
    }

    @Test
    void aFamilyNameOpeningTheSentenceBeforeAnAgeIsTheOnePersonItsArticleNamesInFull() {
        assertThat(find(List.of("Former mayor Luis Ortiz released his tax returns on Friday.",
                        "Ortiz, 58, served two terms before launching his campaign."),
                List.of("Luis Ortiz, 57, has led in most recent polls.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("58/57")));
        // the article names two people of that family: either may be meant
        assertThat(find(List.of("Former mayor Luis Ortiz released his tax returns on Friday.",
                        "His brother Ramon Ortiz runs the campaign.",
                        "Ortiz, 58, served two terms before launching his campaign."),
                List.of("Luis Ortiz, 57, has led in most recent polls."))).isEmpty();
        // an opening name the article gives no one in full
        assertThat(find(List.of("Former mayor Luis Ortiz released his tax returns on Friday.",
                        "Reyes, 58, served two terms before launching his campaign."),
                List.of("Luis Ortiz, 57, has led in most recent polls."))).isEmpty();
    }

    @Test
    void onePlaceGivenTwoPopulationsIsFlaggedWhateverTheSentencesReport() {
        assertThat(find(List.of("Two hotels in Dunmore, a town of 42,000 people, collapsed in the storm."),
                List.of("Residents in Dunmore - a jumble of brick houses home to 45,000 people - stayed outdoors.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("42,000/45,000");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
        // a hedged figure the other contradicts, "population" before the figure
        assertThat(find(List.of("Ferries stopped at Dunmore, population 39,500, on Monday."),
                List.of("Storms battered Dunmore city, which is home to over 42,000 people.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("39,500/42,000")));
    }

    @Test
    void otherPlacesFarFiguresCountsOfPeopleAndCompatibleFiguresAreNoDifference() {
        // another place
        assertThat(find(List.of("Two hotels in Dunmore, a town of 42,000 people, collapsed."),
                List.of("Rescuers reached Kilbride, a town of 45,000 people, by boat."))).isEmpty();
        // the town against its province: too far apart to be one figure
        assertThat(find(List.of("Two hotels in Dunmore, a town of 42,000 people, collapsed."),
                List.of("Floods hit Dunmore, home to 160,000 people across the district."))).isEmpty();
        // people who fled are no population
        assertThat(find(List.of("Two hotels in Dunmore, a town of 42,000 people, collapsed."),
                List.of("In Dunmore, 45,000 people fled to higher ground."))).isEmpty();
        // "over 42,000" allows 43,000
        assertThat(find(List.of("Storms battered Dunmore city, which is home to over 42,000 people."),
                List.of("Two hotels in Dunmore, a town of 43,000 people, collapsed."))).isEmpty();
        // an article giving both figures
        assertThat(find(List.of("Two hotels in Dunmore, a town of 42,000 people, collapsed.",
                        "In Dunmore, home to 45,000 people by another count, the power failed."),
                List.of("Residents in Dunmore, home to 45,000 people, stayed outdoors."))).isEmpty();
    }

    @Test
    void oneMomentTimedMinutesApartIsFlaggedWhateverTheSentencesReport() {
        assertThat(find(List.of("Neighbours were sent to a church after the blaze broke out about 8.40pm."),
                List.of("The fire, treated as suspicious, broke out in the roof of the store at 8.49pm on Friday.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("8.40pm/8.49pm");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
    }

    @Test
    void timesFarApartLedByOtherWordsOrBothGivenByOneArticleAreNoDifference() {
        // an aftershock forty minutes later
        assertThat(find(List.of("The first quake struck at 4:43 a.m. local time."),
                List.of("A strong aftershock struck at 5:23 a.m., officials said."))).isEmpty();
        // minutes apart, but nothing leads to both: two moments
        assertThat(find(List.of("The blaze broke out about 8.40pm."),
                List.of("Crews from three towns arrived at 8.49pm."))).isEmpty();
        // an article that gives both times knows they differ
        assertThat(find(List.of("The blaze broke out about 8.40pm.", "The alarm was raised at 8.49pm, after it broke out."),
                List.of("The fire broke out in the roof at 8.49pm."))).isEmpty();
    }

    @Test
    void oneDealsPriceToldTwoWaysIsFlaggedWhateverTheSentencesReport() {
        assertThat(find(List.of("The Journal said Harwell will pay $12 billion to $13 billion for the firm."),
                List.of("Harwell announced Tuesday that it will buy the services company for $13.9 billion.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("13 billion/13.9 billion");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
        assertThat(find(List.of("Analysts praised the $4.2 billion acquisition of Lyle."),
                List.of("Including its debt, Harwell values the deal at $4.5 billion.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("4.2 billion/4.5 billion")));
    }

    @Test
    void olderDealsRivalBidsOtherDealsAndCompatiblePricesAreNoDifference() {
        String price = "Analysts praised the $4.2 billion acquisition of Lyle.";
        // a deal of another year
        assertThat(find(List.of(price), List.of("Harwell bought Kerr Ltd for $4.5 billion in 2002."))).isEmpty();
        // an article with a rival bid gives two prices: two deals, not one told two ways
        assertThat(find(List.of(price), List.of("Harwell will buy the firm for $4.5 billion.",
                "A rival bid of $4.7 billion was turned down."))).isEmpty();
        // too far apart to be one price: another deal, another bidder's offer
        assertThat(find(List.of(price), List.of("Harwell agreed a $9 billion takeover of Kerr."))).isEmpty();
        assertThat(find(List.of("The Nationals made him an eight-year, $160 million offer."),
                List.of("The Red Sox have made him an eight-year, $180 million offer."))).isEmpty();
        // "nearly $4.5 billion" allows $4.4 billion; a range that holds the other's price: alike
        assertThat(find(List.of("Harwell unveiled a bid of nearly $4.5 billion."),
                List.of("Harwell will buy the firm for $4.4 billion."))).allSatisfy(f -> assertThat(f.flags()).isEmpty());
        assertThat(find(List.of("The Journal said Harwell will pay $4 billion to $5 billion."),
                List.of("Harwell will buy the firm for $4.4 billion."))).allSatisfy(f -> assertThat(f.flags()).isEmpty());
        // a price per share is no deal's price; a sum nothing marks as paid is none either
        assertThat(find(List.of("Harwell will pay $24 a share for the firm."),
                List.of("Shareholders will be paid $26 a share."))).isEmpty();
        assertThat(find(List.of(price), List.of("Harwell's services arm had $4.5 billion in revenue."))).isEmpty();
    }

    @Test
    void oneDealsPriceStatedAlikeLinksSentencesThatReportOtherThings() {
        // the same sum, a compatible one, a range holding it; one of them dated to the announcement
        for (String other : List.of("Analysts say Harwell's $4.2 billion purchase of Lyle will pay off.",
                "Harwell unveiled a bid of nearly $4.2 billion on May 13.",
                "The Journal said Harwell will pay $4 billion to $4.5 billion.")) {
            assertThat(find(List.of("Harwell announced Tuesday that it will buy Lyle for $4.2 billion."), List.of(other)))
                    .singleElement().satisfies(f -> assertThat(f.flags()).isEmpty());
        }
        // another deal's price, an article that gives two present prices, another currency
        assertThat(find(List.of("Harwell announced Tuesday that it will buy Lyle for $4.2 billion."),
                List.of("Harwell agreed a $9 billion takeover of Kerr."))).isEmpty();
        assertThat(find(List.of("Harwell announced Tuesday that it will buy Lyle for $4.2 billion."),
                List.of("Harwell will buy the firm for $4.2 billion.", "A rival bid of $4.7 billion was turned down.")))
                .isEmpty();
        assertThat(find(List.of("Harwell announced Tuesday that it will buy Lyle for $4.2 billion."),
                List.of("Harwell will buy the firm for £4.2 billion."))).isEmpty();
    }

    @Test
    void onePlacesTollOfAnOlderDisasterToldTwoWaysIsFlagged() {
        assertThat(find(List.of("The floods revived memories of the 1998 cyclone that killed 9,200 people in Orvania's Tessel province."),
                List.of("That storm killed more than 12,000 people, over 9,500 of them in Tessel, a decade ago.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("9,200/9,500");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
    }

    @Test
    void tollsOfOtherPlacesFarTollsAndCompatibleTollsAreNoDifference() {
        String older = "The floods revived memories of the 1998 cyclone that killed 9,200 people in Orvania's Tessel province.";
        // another place, a toll far from it (another disaster), a bound it satisfies
        assertThat(find(List.of(older), List.of("That storm killed more than 12,000 people, over 9,500 of them in Marrow."))).isEmpty();
        assertThat(find(List.of(older), List.of("A 2004 landslide killed 40 people in Tessel."))).isEmpty();
        assertThat(find(List.of(older), List.of("That storm killed more than 9,000 people in Tessel."))).isEmpty();
        // an article giving the place two tolls reports two disasters there
        assertThat(find(List.of(older), List.of("That storm killed more than 12,000 people, over 9,500 of them in Tessel.",
                "A storm in 1971 killed 30,000 people, 9,400 of them in Tessel."))).isEmpty();
    }

    @Test
    void oneEventsInjuredCountedTwoWaysForOneGradeIsFlagged() {
        assertThat(find(List.of("A ferry worker was killed and dozens of others were seriously injured in the storm."),
                List.of("The storm sank a ferry at its moorings and killed one person.",
                        "The harbour master told reporters that six people had suffered serious injuries.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(d -> {
                    assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("dozens/six");
                    assertThat(d.grade()).isEqualTo(Grade.VALUES_DIFFER);
                }));
        assertThat(find(List.of("The gas blast tore through the market on Monday, injuring 12 shoppers."),
                List.of("Firefighters said 30 people were hurt when the roof of the market fell in.")))
                .singleElement().satisfies(f -> assertThat(f.flags()).singleElement().satisfies(
                        d -> assertThat(d.aWords() + "/" + d.bWords()).isEqualTo("12/30")));
    }

    @Test
    void injuredCountsOfOtherGradesPartsAndCompatibleCountsAreNoDifference() {
        String all = "The gas blast tore through the market on Monday, injuring dozens of shoppers.";
        // all the injured against the worst hurt or the least hurt
        assertThat(find(List.of(all), List.of("Six people were seriously injured, the hospital said."))).isEmpty();
        assertThat(find(List.of(all), List.of("Doctors said two shoppers suffered minor injuries."))).isEmpty();
        // a part, a fear, a condition, none
        assertThat(find(List.of(all), List.of("Three firefighters and two other people were injured."))).isEmpty();
        assertThat(find(List.of(all), List.of("The blast could have injured four hundred people."))).isEmpty();
        assertThat(find(List.of(all), List.of("Nobody else was hurt, and no shoppers were injured in the crush."))).isEmpty();
        // another year's blast
        assertThat(find(List.of(all), List.of("A blast in 2009 injured six people at the same market."))).isEmpty();
        // two lower bounds, each what its outlet knew so far
        assertThat(find(List.of("At least 70 people have been hurt in the protests this week."),
                List.of("Police said at least six people were injured."))).isEmpty();
        // at least 40 and dozens may both hold
        assertThat(find(List.of(all), List.of("At least 40 people were injured, officials said."))).isEmpty();
        // a report of a quake that killed people and one of a quake that hurt some are two quakes
        assertThat(find(List.of("The quake struck the island on Sunday, injuring five people."),
                List.of("The quake killed at least ten people and injured 80 in the hill villages."))).isEmpty();
        // an article giving two counts of one grade reports two incidents
        assertThat(find(List.of(all), List.of("Six people were injured in the blast.",
                "Two people were injured in a crash on the way to the market."))).isEmpty();
    }

    @Test
    void linkedPairsAndPassagesOfOneArticleAreLeftToTheLinkStage() {
        List<String> one = List.of("The gas stove in the Independence Street flat had been left on, officials said.");
        List<String> two = List.of("Neighbours on Independent Street said the couple had lived there for years.");
        assertThat(AttributeMatcher.find(passages(one, two), Set.of(AttributeMatcher.pairKey(0, 1)))).isEmpty();
        assertThat(find(List.of(one.get(0), two.get(0)), List.of())).isEmpty();
    }

    private static List<AttributeMatcher.Found> find(List<String> first, List<String> second) {
        return AttributeMatcher.find(passages(first, second), Set.of());
    }

    /** Each list is one article, each string one passage of it. */
    private static List<AttributeMatcher.Passage> passages(List<String> first, List<String> second) {
        List<AttributeMatcher.Passage> out = new ArrayList<>();
        List<List<String>> articles = List.of(first, second);
        for (int a = 0; a < articles.size(); a++) {
            String text = String.join(" ", articles.get(a));
            int at = 0;
            for (String sentence : articles.get(a)) {
                int start = text.indexOf(sentence, at);
                var tokens = Tokenizer.tokenize(text, start, start + sentence.length());
                out.add(new AttributeMatcher.Passage(a, new SlotComparer.Side(tokens, ValueFinder.find(tokens, text), text),
                        text.toLowerCase(Locale.ROOT)));
                at = start + sentence.length();
            }
        }
        return out;
    }
}
