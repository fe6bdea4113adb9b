package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes HTML extraction: any page gives text (possibly empty) without an exception or a hang,
 * and never keeps a script's or style's markup. Seeds and findings live in
 * {@code src/test/resources/app/parallax/ingest/HtmlFuzzTestInputs/}.
 */
class HtmlFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyPageGivesPlainText(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String text = HtmlArticle.extract(html, "file:///story/page.html").text();
        assertThat(text).isNotNull().doesNotContain("<script", "<style");
    }
}
