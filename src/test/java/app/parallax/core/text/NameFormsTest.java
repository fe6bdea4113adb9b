package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The word aligner's spelling forms, made once per word, judge every pair of words exactly as
 * the two spelling rules judge them word by word.
 */
class NameFormsTest {

    @Test
    void formsMadeOnceJudgeEveryPairAsTheRulesDo() {
        List<Token> a = Tokenizer.tokenize("Madeleine Fenwick met Tchaikovsky and Lvov at Independence Hall in 2019, "
                + "with Carolyn, the U.S. envoy, Sen. Katherine Miliote and ABC.");
        List<Token> b = Tokenizer.tokenize("Madelyn Fennwick saw Tchaikowsky and Lwow at Independent Hall in 2019, "
                + "with Carolin, the US envoy, Senator Kathryn Milliote and A.B.C.");
        NameForms formsA = new NameForms(a);
        NameForms formsB = new NameForms(b);
        int variants = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                String x = a.get(i).key();
                String y = b.get(j).key();
                boolean want = Spelling.areVariants(x, y) || NameSpelling.variants(x, y);
                assertThat(formsA.variants(i, formsB, j)).as(x + " / " + y).isEqualTo(want);
                assertThat(formsA.variants(i, formsB, j)).as("asked again: " + x + " / " + y).isEqualTo(want);
                variants += want ? 1 : 0;
            }
        }
        assertThat(variants).as("the texts hold names spelled two ways").isGreaterThanOrEqualTo(6);
    }
}
