package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void holdsLuceneEnglishStopWordsAndTheExtraWords() {
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            assertThat(StopWords.contains(new String((char[]) word))).as(new String((char[]) word)).isTrue();
        }
        assertThat(StopWords.contains("said")).isTrue();
        assertThat(StopWords.contains("the")).isTrue();
        assertThat(StopWords.contains("it's")).isTrue();
    }

    @Test
    void leavesOutContentWordsAndOtherCases() {
        assertThat(StopWords.contains("summit")).isFalse();
        assertThat(StopWords.contains("The")).isFalse();
        assertThat(StopWords.contains("")).isFalse();
    }
}
