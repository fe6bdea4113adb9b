package app.parallax.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an HTML page into article text: the headline on the first line, then one paragraph per
 * block element of the main content, separated by blank lines. Scripts, navigation and footers go.
 */
final class HtmlArticle {

    private HtmlArticle() {
    }

    static String toText(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        doc.select("script, style, noscript, nav, header nav, footer, aside, form, iframe, svg").remove();
        Element body = doc.selectFirst("article");
        if (body == null) {
            body = doc.selectFirst("main");
        }
        if (body == null) {
            body = doc.body();
        }
        StringBuilder out = new StringBuilder();
        String headline = headline(doc);
        if (!headline.isEmpty()) {
            out.append(headline).append("\n\n");
        }
        Elements blocks = body.select("p, h2, h3, li, blockquote");
        for (Element block : blocks) {
            String text = block.text().strip();
            if (!text.isEmpty() && !text.equals(headline)) {
                out.append(text).append("\n\n");
            }
        }
        if (blocks.isEmpty()) {
            out.append(body.wholeText().strip());
        }
        return out.toString().strip() + "\n";
    }

    private static String headline(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return doc.title().strip();
    }
}
