package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void theSpeakerBeforeTheVerbAndWhenHeSpokeAreTheAttribution() {
        assertThat(marked("Ministry spokeswoman Lena Varga said the talks would resume, she told reporters on Monday."))
                .containsExactly("Ministry", "spokeswoman", "Lena", "Varga", "said", "she", "told", "reporters", "on", "Monday");
    }

    @Test
    void namesAfterThePlainVerbAreWhatWasSaid() {
        assertThat(marked("Lena Varga said Putin and Xi would meet.")).containsExactly("Lena", "Varga", "said");
    }

    @Test
    void aSpeakerAfterTheQuoteOrAfterAccordingToIsTheAttribution() {
        assertThat(marked("“The road is closed,” said Sgt. Marty Earley.")).containsExactly("said", "Sgt", "Marty", "Earley");
        assertThat(marked("The ferry sank at dawn, according to Captain Ole Brandt."))
                .containsExactly("according", "to", "Captain", "Ole", "Brandt");
        assertThat(marked("Lena Varga told the newspaper on Monday.")).containsExactly("Lena", "Varga", "told", "the",
                "newspaper", "on", "Monday");
    }

    @Test
    void anAnnouncementIsTheActNotItsAttribution() {
        assertThat(marked("The council announced a new budget.")).isEmpty();
    }

    private static List<String> marked(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        boolean[] flags = Attribution.of(tokens, text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (flags[i]) {
                out.add(tokens.get(i).text());
            }
        }
        return out;
    }
}
