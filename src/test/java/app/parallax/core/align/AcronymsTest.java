package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.text.TermKeys;
import app.parallax.core.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** A name written out and its acronym, and initials written with hyphens or a plural, match as one term. */
class AcronymsTest {

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
}
