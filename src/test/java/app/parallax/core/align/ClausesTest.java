package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.text.TermKeys;
import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import app.parallax.core.text.WordAlignment;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How a sentence that packs several facts is cut into clauses, and how acronyms join names. */
class ClausesTest {

    @Test
    void aCompoundSentenceIsCutAtCommasAndConjunctions() {
        assertThat(clauses("Police arrested the driver on Tuesday night, and he was charged with first-degree "
                + "murder while his lawyer asked for bail."))
                .containsExactly("Police arrested driver Tuesday night", "charged first-degree murder", "lawyer asked bail");
    }

    @Test
    void aShortRunJoinsTheNextClauseSoThatAnAttributionIsNeverAloneAClause() {
        assertThat(clauses("\u201cThe harbour will reopen in March,\u201d the mayor said on Friday."))
                .containsExactly("harbour reopen March mayor Friday");
    }

    @Test
    void aSentenceWithoutAClauseMarkIsOneClause() {
        assertThat(clauses("The council approved the harbour budget by seven votes to two."))
                .containsExactly("council approved harbour budget seven votes two");
    }

    @Test
    void aNameWrittenOutGetsTheAcronymTheStoryUses() {
        assertThat(Acronyms.writtenOut(Tokenizer.tokenize("Hewlett-Packard agreed to buy Electronic Data Systems."),
                java.util.Set.of("hp", "eds"))).containsExactlyInAnyOrder("hp", "eds");
        assertThat(Acronyms.writtenOut(Tokenizer.tokenize("Agents of the Federal Bureau of Investigation searched it."),
                java.util.Set.of("fbi"))).containsExactly("fbi");
    }

    @Test
    void aNameIsNotGivenAnAcronymTheStoryNeverUses() {
        assertThat(Acronyms.writtenOut(Tokenizer.tokenize("Hewlett-Packard agreed to buy Electronic Data Systems."),
                java.util.Set.of("ibm"))).isEmpty();
        assertThat(Acronyms.isAcronym("EDS")).isTrue();
        assertThat(Acronyms.isAcronym("Eds")).isFalse();
    }

    @Test
    void initialsJoinedByHyphensAreTheInitialism() {
        assertThat(TermKeys.key("H-P")).isEqualTo("hp");
        assertThat(TermKeys.key("T-Mobile")).isEqualTo("t-mobile");
        assertThat(TermKeys.key("KOs")).isEqualTo(TermKeys.key("KO's")).isEqualTo("ko");
        assertThat(TermKeys.key("Kos")).isEqualTo("kos");
    }

    private static List<String> clauses(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        int[] content = IntStream.range(0, tokens.size()).filter(i -> WordAlignment.isContent(tokens.get(i))).toArray();
        return Clauses.of(tokens, text, 0, content).stream()
                .map(c -> IntStream.range(c[0], c[1]).mapToObj(k -> tokens.get(content[k]).text())
                        .collect(Collectors.joining(" ")))
                .toList();
    }
}
