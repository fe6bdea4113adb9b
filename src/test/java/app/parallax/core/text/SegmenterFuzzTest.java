package app.parallax.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes sentence segmentation: for any text, passages are in order, do not overlap, stay inside
 * the text and hold exactly the text they index. Seeds and findings live in
 * {@code src/test/resources/app/parallax/core/text/SegmenterFuzzTestInputs/}.
 */
class SegmenterFuzzTest {

    private final Segmenter segmenter = new Segmenter();

    @FuzzTest(maxDuration = "60s")
    void passagesIndexTheTextInOrder(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return;
        }
        List<Passage> passages = segmenter.segment(new Article("a", "", "A", "", "", text));
        int end = 0;
        for (Passage p : passages) {
            assertThat(p.start()).isGreaterThanOrEqualTo(end);
            assertThat(p.end()).isGreaterThan(p.start()).isLessThanOrEqualTo(text.length());
            assertThat(p.text()).isEqualTo(text.substring(p.start(), p.end()));
            end = p.end();
        }
    }
}
