package app.parallax.core.align;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.text.QuantisedVectors;
import app.parallax.core.text.Tokenizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The soft cover computed only until a decision is settled decides as the exact one: whatever the
 * cut, the value returned lies on the same side of it as the exact share, and without a decision
 * to settle the share is exact.
 */
class ContextCoverTest {

    private static final String[] TEXTS = {
        "Police detained two men after the robbery at a jewellery shop in Lyon on Tuesday.",
        "Two suspects were arrested on Tuesday after thieves robbed a jewellery store in central Lyon, police said.",
        "The shop's owner said the robbers took rings and watches worth 200,000 euros.",
        "Officers seized rings, watches and a car used in the raid, prosecutors said.",
    };

    @Test
    void stoppingOnceSettledKeepsTheSideOfEveryCut() {
        Random random = new Random(7);
        List<PassageProfile> profiles = new java.util.ArrayList<>();
        for (int i = 0; i < TEXTS.length; i++) {
            profiles.add(profile(i, TEXTS[i], random));
        }
        new TermIndex(profiles);
        int checked = 0;
        for (PassageProfile a : profiles) {
            for (PassageProfile b : profiles) {
                if (a == b) {
                    continue;
                }
                double exact = ContextCover.softCover(a, b, -1);
                assertThat(exact).isBetween(0.0, 1.0 + 1e-6);
                assertThat(ContextCover.softCover(a, b, -1, (lo, hi) -> false)).isEqualTo(exact);
                for (double cut = 0.05; cut < 1; cut += 0.05) {
                    double at = cut;
                    double settled = ContextCover.softCover(a, b, -1, (lo, hi) -> lo >= at + 1e-9 || hi < at - 1e-9);
                    assertThat(settled >= at).as("cut %s: exact %s, settled %s", at, exact, settled).isEqualTo(exact >= at);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** Passage {@code i} of article i, with a random vector for every content word but the fourth. */
    private static PassageProfile profile(int i, String text, Random random) {
        Passage passage = new Passage("p" + i, "a" + i, 0, new TextRange(0, text.length()), text, false);
        PassageProfile p = new PassageProfile(i, i, i, passage, Tokenizer.tokenize(text), text, null);
        float[][] vectors = new float[p.tokens.size()][];
        for (int k = 0; k < p.content.length; k++) {
            if (k % 4 != 3) {
                float[] v = new float[16];
                for (int d = 0; d < v.length; d++) {
                    v[d] = (float) random.nextGaussian();
                }
                vectors[p.content[k]] = v;
            }
        }
        p.wordVectors = QuantisedVectors.of(vectors);
        return p;
    }
}
