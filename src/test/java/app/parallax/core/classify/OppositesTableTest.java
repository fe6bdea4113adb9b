package app.parallax.core.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped table of opposite words is exactly what WordNet gives today, and reads as expected. */
class OppositesTableTest {

    @Test
    void theShippedTableMatchesWordNet() throws Exception {
        String shipped;
        try (InputStream in = Opposites.class.getResourceAsStream("opposites.tsv")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(shipped).as("regenerate with OppositesTableBuilder").isEqualTo(OppositesTableBuilder.build());
    }

    @Test
    void inflectedFormsOfAntonymsAreOpposite() {
        assertThat(Opposites.areOpposite("rose", "fell")).isTrue();
        assertThat(Opposites.areOpposite("approved", "rejected")).isTrue();
        assertThat(Opposites.areOpposite("won", "lost")).isTrue();
        assertThat(Opposites.areOpposite("increased", "decreased")).isTrue();
    }

    @Test
    void synonymsAndUnrelatedWordsAreNot() {
        assertThat(Opposites.areOpposite("rose", "climbed")).isFalse();
        assertThat(Opposites.areOpposite("said", "told")).isFalse();
        assertThat(Opposites.areOpposite("lunch", "dinner")).isFalse();
        assertThat(Opposites.areOpposite("qwzx", "fell")).isFalse();
    }
}
