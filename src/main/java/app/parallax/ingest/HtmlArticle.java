package app.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

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
    /** A tag in source: "<" then a letter, "/" or "!". */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[A-Za-z/!]");
    /** Elements whose content the parser takes as text up to their end tag, or the page's end. */
    private static final String TEXT_ONLY = "title, textarea, xmp, plaintext, noembed, noframes";
    /** Pages with more runaway titles than this are read as they parse. */
    private static final int MAX_TITLE_REPAIRS = 4;
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "td");

    /**
     * @param text     headline and paragraphs, ending with a line feed; "" when the page has no body text
     * @param metadata what the page says about itself
     */
    record Extracted(String text, PageMetadata metadata) {
    }

    private HtmlArticle() {
    }

    /**
     * Extracts article text and metadata; {@code baseUri} may be "". Control characters go before
     * the page is parsed, not after: removed from the text afterwards, a "&lt;" they part from a word
     * would rejoin it as markup-looking text ("&lt;\u001estyle" read as "&lt;style").
     */
    static Extracted extract(String html, String baseUri) {
        html = TextDecoding.clean(html);
        String base = baseUri == null || !baseUri.contains(":") ? NO_ADDRESS : baseUri;
        Document doc = withoutRunawayTitle(Jsoup.parse(html, base), html, base);
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

    /**
     * A {@code <title>} whose end tag is mangled ({@code </ti\uFEFFtle>}, {@code </title\0>}) runs,
     * as in a browser, to the end of the page: its text is then the page's source, scripts
     * included; so do a stray {@code <title>} or {@code <textarea>} in the body and
     * {@code <plaintext>}. Such an element, one whose source holds markup, is dropped and the page
     * parsed again without its start tag, so the swallowed part is read as the page it is.
     */
    private static Document withoutRunawayTitle(Document parsed, String html, String base) {
        Document doc = parsed;
        String source = html;
        for (int pass = 0; pass < MAX_TITLE_REPAIRS; pass++) {
            Optional<String> repaired = runawayTitleRemoved(doc, source, base);
            if (repaired.isEmpty()) {
                break;
            }
            source = repaired.get();
            doc = Jsoup.parse(source, base);
        }
        return doc;
    }

    /** The source without the start tags of text-only elements that swallowed markup, if there are any. */
    private static Optional<String> runawayTitleRemoved(Document doc, String html, String base) {
        if (doc.select(TEXT_ONLY).stream().noneMatch(e -> TAG.matcher(e.text()).find())) {
            return Optional.empty();
        }
        List<Range> starts = new ArrayList<>();
        for (Element e : Jsoup.parse(html, base, Parser.htmlParser().setTrackPosition(true)).select(TEXT_ONLY)) {
            Range start = e.sourceRange();
            Range end = e.endSourceRange();
            if (!start.isTracked() || start.endPos() > html.length()) {
                continue;
            }
            int contentEnd = end.isTracked() && end.startPos() >= start.endPos() ? end.startPos() : html.length();
            // markup-like text written as entities (&lt;b&gt;) is real text, not swallowed markup
            if (TAG.matcher(html.substring(start.endPos(), contentEnd)).find()) {
                starts.add(start);
            }
        }
        if (starts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(html);
        starts.sort((x, y) -> Integer.compare(y.startPos(), x.startPos()));
        starts.forEach(r -> out.delete(r.startPos(), r.endPos()));
        return Optional.of(out.toString());
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
