package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped table of irregular verb forms is exactly what WordNet gives, and joins forms to their verb. */
class IrregularVerbsTableTest {

    @Test
    void theShippedTableMatchesWordNet() throws Exception {
        String shipped;
        try (InputStream in = TermKeys.class.getResourceAsStream("irregular-verbs.tsv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(shipped).as("regenerate with IrregularVerbsTableBuilder").isEqualTo(IrregularVerbsTableBuilder.build());
    }

    @Test
    void pastFormsShareTheirVerbsTerm() {
        assertThat(verbTerm("held")).isEqualTo(verbTerm("holding"));
        assertThat(verbTerm("fought")).isEqualTo(verbTerm("fights"));
        assertThat(verbTerm("swept")).isEqualTo(verbTerm("sweeping"));
        assertThat(verbTerm("forbade")).isEqualTo(verbTerm("forbid"));
    }

    @Test
    void regularAndUnrelatedWordsKeepTheirOwnTerm() {
        assertThat(verbTerm("walked")).isEqualTo(verbTerm("walking"));
        assertThat(verbTerm("held")).isNotEqualTo(verbTerm("hid"));
        assertThat(verbTerm("lunch")).isEqualTo(TermKeys.term("lunch"));
    }

    private static String verbTerm(String word) {
        return TermKeys.verbTerm(Tokenizer.tokenize(word).get(0));
    }
}
