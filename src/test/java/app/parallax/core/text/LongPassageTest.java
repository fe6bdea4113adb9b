package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Sentences without an end are cut into passages of bounded size, at clause marks where possible. */
class LongPassageTest {

    private static final int TWO_MB = 2 * 1024 * 1024;

    private static List<Passage> segment(String text) {
        return new Segmenter().segment(new Article("t", "", "T", "", "", text));
    }

    private static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    private static int wordCount(Passage p) {
        return p.text().split("\\s+").length;
    }

    @Test
    void aLongSentenceIsCutAfterTheSemicolonNearestTheLimit() {
        String text = words(0, 50) + ", " + words(50, 70) + "; " + words(70, 120) + ".";

        assertThat(segment(text)).extracting(Passage::text)
                .containsExactly(words(0, 50) + ", " + words(50, 70) + ";", words(70, 120) + ".");
    }

    @Test
    void withoutClauseMarksTheCutFallsBetweenWordsAndLeavesNoScrap() {
        String text = words(0, 85) + ".";

        List<Passage> passages = segment(text);

        assertThat(passages).extracting(LongPassageTest::wordCount).containsExactly(73, 12);
        assertThat(passages.get(0).text() + " " + passages.get(1).text()).isEqualTo(text);
    }

    @Test
    void aSentenceOfEightyWordsStaysWhole() {
        assertThat(segment(words(0, 80) + ".")).hasSize(1);
    }

    @Test
    void twoMegabytesOnOneLineWithoutSentenceEndsGiveBoundedPassages() {
        String clause = "the convoy moved north along the river road while the crowd watched from the bridge, ";
        String text = clause.repeat(TWO_MB / clause.length() + 1);

        List<Passage> passages = segment(text);

        assertThat(passages).allSatisfy(p -> {
            assertThat(wordCount(p)).isBetween(2, ClauseCutter.MAX_WORDS);
            assertThat(p.text()).endsWith(",");
        });
        assertCoversInOrder(text, passages);
    }

    @Test
    void twoMegabytesWithoutSpacesAreCutAtTheCharacterLimit() {
        String text = "😀a".repeat(TWO_MB / 3);

        List<Passage> passages = segment(text);

        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text().length()).isBetween(1, ClauseCutter.MAX_CHARS);
            assertThat(Character.isHighSurrogate(p.text().charAt(p.text().length() - 1))).isFalse();
        });
        assertCoversInOrder(text, passages);
    }

    /** Passages follow each other with nothing but spaces between them, from the first character to the last. */
    private static void assertCoversInOrder(String text, List<Passage> passages) {
        int at = 0;
        for (Passage p : passages) {
            assertThat(text.substring(at, p.start())).isBlank();
            assertThat(p.text()).isEqualTo(text.substring(p.start(), p.end()));
            at = p.end();
        }
        assertThat(text.substring(at)).isBlank();
    }
}
