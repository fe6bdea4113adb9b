package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<String> sentences(String text) {
        return new Segmenter().segment(new Article("t", "", "T", "", "", text)).stream()
                .map(Passage::text).toList();
    }

    @Test
    void titlesInitialsAndInitialismsDoNotEndSentences() {
        assertThat(sentences("Mr. Xi met Dmitri S. Peskov in the U.S. capital. Then the P.R.C. spoke."))
                .containsExactly("Mr. Xi met Dmitri S. Peskov in the U.S. capital.", "Then the P.R.C. spoke.");
    }

    @Test
    void quotationsWithAttributionStayWhole() {
        assertThat(sentences("“We will decide soon,” he said. “Nothing is agreed,” she added."))
                .containsExactly("“We will decide soon,” he said.", "“Nothing is agreed,” she added.");
    }

    @Test
    void headlinesWithoutPeriodsAndDatelinesArePassagesOfTheirOwn() {
        assertThat(sentences("Leaders meet in the capital\n\nBEIJING — The talks began. They ended late."))
                .containsExactly("Leaders meet in the capital", "BEIJING — The talks began.", "They ended late.");
    }

    @Test
    void ordinalsAndDecimalsDoNotSplit() {
        assertThat(sentences("The war is in its 13th month. Exports rose to 2,000.5 tonnes."))
                .containsExactly("The war is in its 13th month.", "Exports rose to 2,000.5 tonnes.");
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
        List<Passage> passages = new Segmenter().segment(new Article("t", "", "T", "", "", text));

        assertThat(passages).filteredOn(Passage::boilerplate).extracting(Passage::text).containsExactly(
                "See also  A different story", "Video: Something happened somewhere", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "(Visited 3 times, 1 visits today)", "Jane Doe contributed reporting.", "A caption for a clip",
                "March 16, 202300:39");
        assertThat(passages).filteredOn(p -> !p.boilerplate()).extracting(Passage::text)
                .containsExactly("Related news today", "The story begins here.");
    }
}
