package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which word stands for which: a word used twice on one side goes to its own phrase on the other. */
class WordAlignmentTest {

    @Test
    void aRepeatedWordAlignsWithTheOccurrenceInTheSamePhrase() {
        List<Token> a = Tokenizer.tokenize("Deputies detained a frail man over the deaths of three young men at a quarry pond.");
        List<Token> b = Tokenizer.tokenize("A colleague is accused in the deaths of five men at the quarry.");
        WordAlignment al = WordAlignment.of(a, b);
        int menA = indexOf(a, "men");
        int menB = indexOf(b, "men");
        assertThat(al.partnerOfA(menA)).isEqualTo(menB);
        assertThat(al.partnerOfA(indexOf(a, "man"))).isEqualTo(-1);
    }

    @Test
    void aWordOnceOnEachSideAlignsWhereverItStands() {
        List<Token> a = Tokenizer.tokenize("The bridge reopened on Friday after repairs.");
        List<Token> b = Tokenizer.tokenize("After weeks of repairs, traffic crossed the bridge again.");
        WordAlignment al = WordAlignment.of(a, b);
        assertThat(al.partnerOfA(indexOf(a, "bridge"))).isEqualTo(indexOf(b, "bridge"));
        assertThat(al.partnerOfA(indexOf(a, "repairs"))).isEqualTo(indexOf(b, "repairs"));
    }

    private static int indexOf(List<Token> tokens, String key) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError(key + " not in " + tokens);
    }
}
