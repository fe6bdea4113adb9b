package app.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzzes HTML extraction: any page gives text (possibly empty) without an exception or a hang,
 * and never keeps the code of a script or a style: what the page holds inside those elements
 * never reaches the article text (unless the page also writes it as text). A literal "&lt;style"
 * that the page wrote escaped is text, as in an article about web pages. Seeds and findings live in
 * {@code src/test/resources/app/parallax/ingest/HtmlFuzzTestInputs/}.
 */
class HtmlFuzzTest {

    /** Script or style code shorter than this may appear in any text by chance. */
    private static final int CODE_CHARS = 12;

    @FuzzTest(maxDuration = "60s")
    void anyPageGivesPlainText(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        String text = HtmlArticle.extract(html, "file:///story/page.html").text();
        assertThat(text).isNotNull();
        Document doc = Jsoup.parse(TextDecoding.clean(html));
        String pageText = doc.text();
        for (Element code : doc.select("script, style")) {
            String data = code.data().strip();
            if (data.length() >= CODE_CHARS && !pageText.contains(data)) {
                assertThat(text).as("the code of a <%s>", code.tagName()).doesNotContain(data);
            }
        }
    }
}
