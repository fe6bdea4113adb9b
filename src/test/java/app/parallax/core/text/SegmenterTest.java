package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmenterTest {

    private static List<Passage> segment(String text) {
        return new Segmenter().segment(new Article("t", "", "T", "", "", text));
    }

    /** Passage texts joined with " | ". */
    private static String passages(String text) {
        return segment(text).stream().map(Passage::text).collect(Collectors.joining(" | "));
    }

    static Stream<Arguments> abbreviationsEndASentenceOnlyWhenANewOneBegins() {
        return Cases.of("""
            Mr. Xi met Dmitri S. Peskov in the U.S. capital. Then the P.R.C. spoke.
              → Mr. Xi met Dmitri S. Peskov in the U.S. capital. | Then the P.R.C. spoke.
            The U.S. Army Corps of Engineers approved the dam. Work starts soon.
              → The U.S. Army Corps of Engineers approved the dam. | Work starts soon.
            Sen. Ann Roe and Reps. Tom Doe and Lia Poe of N.C. signed it. Gov. Kim Lee did not.
              → Sen. Ann Roe and Reps. Tom Doe and Lia Poe of N.C. signed it. | Gov. Kim Lee did not.
            Gen. Tom Hart, Lt. Col. Sam Ortiz and Dr. Eve Ng met at Ft. Bragg on Friday.
              → Gen. Tom Hart, Lt. Col. Sam Ortiz and Dr. Eve Ng met at Ft. Bragg on Friday.
            He replaced P.J. Carlesimo as coach. A.J. Burnett signed with the club.
              → He replaced P.J. Carlesimo as coach. | A.J. Burnett signed with the club.
            The case, Roe vs. Doe, went to a court in Washington, D.C. The judge ruled on Jan. 5.
              → The case, Roe vs. Doe, went to a court in Washington, D.C. | The judge ruled on Jan. 5.
            The bill passed in the U.S. But the vote in the U.K. Parliament failed.
              → The bill passed in the U.S. | But the vote in the U.K. Parliament failed.
            The team is ranked No. 1 in the league. It lost on Sept. 11 and won on Dec. 3 again.
              → The team is ranked No. 1 in the league. | It lost on Sept. 11 and won on Dec. 3 again.
            He joined Acme Corp. The company later denied it. Acme Inc. Chief Executive Jo Park quit.
              → He joined Acme Corp. | The company later denied it. | Acme Inc. Chief Executive Jo Park quit.
            The patient saw Dr. Ruth Lee. She was sent home.
              → The patient saw Dr. Ruth Lee. | She was sent home.
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void abbreviationsEndASentenceOnlyWhenANewOneBegins(String text, String expected) {
        assertThat(passages(text)).isEqualTo(expected);
    }

    static Stream<Arguments> timesOfDayEndASentenceUnlessAZoneDayOrDateFollows() {
        return Cases.of("""
            The vote closed at 5 p.m. The president then left for the airport.
              → The vote closed at 5 p.m. | The president then left for the airport.
            The vote closed at 5 p.m. Officials began counting at once.
              → The vote closed at 5 p.m. | Officials began counting at once.
            The vote closed at 5 p.m. ET on Tuesday, officials said.
              → The vote closed at 5 p.m. ET on Tuesday, officials said.
            The session opened at 10 a.m. Monday and closed at noon.
              → The session opened at 10 a.m. Monday and closed at noon.
            The fire started before 6 a.m. Sept. 4 near the old mill.
              → The fire started before 6 a.m. Sept. 4 near the old mill.
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void timesOfDayEndASentenceUnlessAZoneDayOrDateFollows(String text, String expected) {
        assertThat(passages(text)).isEqualTo(expected);
    }

    static Stream<Arguments> quotationsKeepTheirAttributionAndScrapsJoinANeighbour() {
        return Cases.of("""
            “We will win,” Mr. Smith said. “Nothing is agreed,” she added.
              → “We will win,” Mr. Smith said. | “Nothing is agreed,” she added.
            "Is it over?" she asked. "Not yet!" he replied.
              → "Is it over?" she asked. | "Not yet!" he replied.
            "It's over." He said that the talks had failed.
              → "It's over." | He said that the talks had failed.
            “No!” Smith shouted at the crowd. The crowd left.
              → “No!” Smith shouted at the crowd. | The crowd left.
            The crowd cheered. Loudly. Then it went home.
              → The crowd cheered. Loudly. | Then it went home.
            "How about fifty people?" Omar Diaz said. The room went quiet.
              → "How about fifty people?" Omar Diaz said. | The room went quiet.
            “It’s official: I’m hosting the show!” Lea Moss tweeted Friday. Fans cheered.
              → “It’s official: I’m hosting the show!” Lea Moss tweeted Friday. | Fans cheered.
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void quotationsKeepTheirAttributionAndScrapsJoinANeighbour(String text, String expected) {
        assertThat(passages(text)).isEqualTo(expected);
    }

    static Stream<Arguments> shortLinesWithoutFinalPunctuationAreWholePassages() {
        return Cases.of("""
            Leaders meet in the capital\\n\\nBEIJING — The talks began. They ended late.
              → Leaders meet in the capital | BEIJING — The talks began. | They ended late.
            Talks collapse in Geneva\\nGENEVA, March 3 (Reuters) -\\nThe talks ended.
              → Talks collapse in Geneva | GENEVA, March 3 (Reuters) - | The talks ended.
            The war is in its 13th month. Exports rose to 2,000.5 tonnes.
              → The war is in its 13th month. | Exports rose to 2,000.5 tonnes.
            Yes.\\nNo.
              → Yes. | No.
            Escaped Inmate John Roe Jr. On The Run in Ohio\\nThe search went on. It ended Monday.
              → Escaped Inmate John Roe Jr. On The Run in Ohio | The search went on. | It ended Monday.
            Singer Checks Out Of Rehab... To Check Into Another\\nShe left.
              → Singer Checks Out Of Rehab... To Check Into Another | She left.
                """);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void shortLinesWithoutFinalPunctuationAreWholePassages(String text, String expected) {
        assertThat(passages(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @Test
    void tokensKeepNumbersOrdinalsAndOffsets() {
        String text = "In its 13th month, 2,000.5 tonnes left the U.S. port of Kyiv’s ally.";
        List<Token> tokens = Tokenizer.tokenize(text);

        assertThat(tokens).extracting(Token::text).contains("13th", "2,000.5", "U.S.", "Kyiv’s");
        assertThat(tokens).allMatch(t -> t.range().of(text).equals(t.text()));
        assertThat(tokens).filteredOn(t -> t.text().equals("Kyiv’s")).singleElement()
                .satisfies(t -> assertThat(t.key()).isEqualTo("kyiv"));
    }

    @Test
    void syndicationLinesAreBoilerplateButTheHeadlineIsNot() {
        String text = "Related news today\n\nThe story begins here.\n\nSee also  A different story\n\n"
                + "Video: Something happened somewhere\n\nLeave a Reply\n\n"
                + "Your email address will not be published. Required fields are marked *\n\n"
                + "(Visited 3 times, 1 visits today)\n\nJane Doe contributed reporting.\n\n"
                + "A caption for a clip\n\nMarch 16, 202300:39\n";

        assertThat(segment(text)).filteredOn(Passage::boilerplate).extracting(Passage::text).containsExactly(
                "See also  A different story", "Video: Something happened somewhere", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "(Visited 3 times, 1 visits today)", "Jane Doe contributed reporting.", "A caption for a clip",
                "March 16, 202300:39");
        assertThat(segment(text)).filteredOn(p -> !p.boilerplate()).extracting(Passage::text)
                .containsExactly("Related news today", "The story begins here.");
    }

    @Test
    void aStampOrBylineOnTheFirstLineIsBoilerplateButAHeadlineIsNot() {
        String text = "Oct. 9, 2024, 6:40 AM\nRead more about the storm, and share this story\n"
                + "By Lea Moss, Staff Writer\nUpdated 5 minutes ago\nThe storm reached the coast.";

        assertThat(segment(text)).extracting(p -> (p.boilerplate() ? "junk: " : "text: ") + p.text()).containsExactly(
                "junk: Oct. 9, 2024, 6:40 AM", "text: Read more about the storm, and share this story",
                "junk: By Lea Moss, Staff Writer", "junk: Updated 5 minutes ago", "text: The storm reached the coast.");
    }
}
