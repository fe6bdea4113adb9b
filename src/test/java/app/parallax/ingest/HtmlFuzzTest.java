package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes HTML extraction: any page gives text (possibly empty) without an exception or a hang,
 * and never keeps a script's or style's markup: "&lt;script" in the text only where the page wrote
 * it escaped, as the text of an article about web pages may. Seeds and findings live in
 * {@code src/test/resources/app/parallax/ingest/HtmlFuzzTestInputs/}.
 */
class HtmlFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyPageGivesPlainText(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String text = HtmlArticle.extract(html, "file:///story/page.html").text();
        assertThat(text).isNotNull();
        for (String tag : new String[] {"script", "style"}) {
            assertThat(count(text.toLowerCase(java.util.Locale.ROOT), "<" + tag))
                    .as("<%s in the text that the page did not write escaped", tag)
                    .isLessThanOrEqualTo(escaped(html.toLowerCase(java.util.Locale.ROOT), tag));
        }
    }

    /** "&lt;style", "&#60;style", "&#x3c;style": the page's own text, shown as written. */
    private static int escaped(String html, String tag) {
        int n = 0;
        for (String lt : new String[] {"&lt", "&#60", "&#060", "&#x3c", "&#x003c"}) {
            n += count(html, lt + ";" + tag) + count(html, lt + tag);
        }
        return n;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
