package app.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into article text with Readability4J (a port of Mozilla's Readability):
 * the headline on the first line, then one paragraph per block of the article body, separated by
 * blank lines; navigation, promotions, related links, comments and cookie notices stay out.
 * The page is only parsed: no script runs and nothing it refers to is fetched.
 */
final class HtmlArticle {

    /** Readability4J needs an absolute base address; pasted or archived pages may have none. */
    private static final String NO_ADDRESS = "file:///";
    /** Below this many words, text outside paragraphs (a menu, a caption) is no article. */
    private static final int MIN_LOOSE_WORDS = 15;
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td");

    /**
     * @param text     headline and paragraphs, ending with a line feed; "" when the page has no body text
     * @param metadata what the page says about itself
     */
    record Extracted(String text, PageMetadata metadata) {
    }

    private HtmlArticle() {
    }

    /** Extracts article text and metadata; {@code baseUri} may be "". */
    static Extracted extract(String html, String baseUri) {
        String base = baseUri == null || !baseUri.contains(":") ? NO_ADDRESS : baseUri;
        Document doc = Jsoup.parse(html, base);
        PageMetadata metadata = PageMetadata.of(doc);
        Article article = new Readability4JExtended(base, doc).parse();
        List<String> paragraphs = article.getArticleContent() == null ? List.of() : paragraphs(article.getArticleContent());
        if (paragraphs.isEmpty()) {
            return new Extracted("", metadata);
        }
        StringBuilder out = new StringBuilder();
        if (!metadata.title().isEmpty() && !paragraphs.get(0).equals(metadata.title())) {
            out.append(metadata.title()).append("\n\n");
        }
        paragraphs.forEach(p -> out.append(p).append("\n\n"));
        return new Extracted(TextDecoding.clean(out.toString().strip() + "\n"), metadata);
    }

    /** Text of the innermost block elements, in document order; the whole text if there are none. */
    private static List<String> paragraphs(Element content) {
        List<String> out = new ArrayList<>();
        for (Element e : content.getAllElements()) {
            if (BLOCKS.contains(e.normalName()) && !hasBlockInside(e) && e.closest("nav") == null) {
                String text = e.text().strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        if (out.isEmpty() && content.text().strip().split("\\s+").length >= MIN_LOOSE_WORDS) {
            out.add(content.text().strip());
        }
        return out;
    }

    private static boolean hasBlockInside(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && BLOCKS.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }
}
