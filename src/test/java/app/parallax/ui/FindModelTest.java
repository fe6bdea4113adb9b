package app.parallax.ui;

import app.parallax.ui.find.FindModel;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindModelTest {

    private final List<Article> columns = List.of(
            Fixtures.article("a", "Alpha", Fixtures.A_TEXT),
            Fixtures.article("b", "Beta", Fixtures.B_TEXT),
            Fixtures.article("c", "Gamma", Fixtures.C_TEXT));

    @Test
    void findsEveryOccurrenceIgnoringCaseInColumnOrder() {
        FindModel find = new FindModel();
        find.search("ON", columns);
        assertThat(find.matches()).extracting(FindModel.Match::articleId).containsExactly("a", "a", "b", "b", "c");
        assertThat(find.count("ON")).isEqualTo("1 of 5");
        FindModel.Match first = find.findCurrent().orElseThrow();
        assertThat(Fixtures.A_TEXT.substring(first.start(), first.end())).isEqualTo("on");
    }

    @Test
    void matchCaseAndWholeWordsLeaveOutOtherCapitalsAndPartsOfWords() {
        Article a = Fixtures.article("a", "Alpha", "Xi took a taxi. XI said: xi.");
        FindModel find = new FindModel();
        find.search("xi", List.of(a));
        assertThat(find.matches()).hasSize(4);
        find.search("xi", List.of(a), new FindModel.Options(false, true));
        assertThat(find.matches()).extracting(FindModel.Match::start).containsExactly(0, 16, 25);
        find.search("Xi", List.of(a), new FindModel.Options(true, true));
        assertThat(find.matches()).extracting(FindModel.Match::start).containsExactly(0);
    }

    @Test
    void stepsWrapRoundBothWays() {
        FindModel find = new FindModel();
        find.search("putin", columns);
        assertThat(find.step(-1).orElseThrow().articleId()).isEqualTo("c");
        assertThat(find.count("putin")).isEqualTo("3 of 3");
        assertThat(find.step(1).orElseThrow().articleId()).isEqualTo("a");
        assertThat(find.count("putin")).isEqualTo("1 of 3");
    }

    @Test
    void anEmptyQueryFindsNothingAndAMissingOneSaysSo() {
        FindModel find = new FindModel();
        find.search("", columns);
        assertThat(find.matches()).isEmpty();
        assertThat(find.count("")).isEmpty();
        assertThat(find.step(1)).isEmpty();
        find.search("breakfast", columns);
        assertThat(find.count("breakfast")).isEqualTo("No matches");
    }

    @Test
    void overlappingOccurrencesCountOnce() {
        FindModel find = new FindModel();
        find.search("aa", List.of(Fixtures.article("x", "X", "aaaa a")));
        assertThat(find.matches()).extracting(FindModel.Match::start).containsExactly(0, 2);
    }
}
