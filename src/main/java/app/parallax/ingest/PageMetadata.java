package app.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself: outlet, headline, author, publication date and canonical
 * address, read from its JSON-LD {@code NewsArticle}, Open Graph and other meta tags, in that
 * order of trust. Every field is "" when the page does not say.
 *
 * @param outlet       publisher name, else {@code og:site_name}, else a name made from the host
 * @param title        headline without a trailing " | Site" part
 * @param author       author name(s), comma separated
 * @param date         publication date ({@code 2023-03-20} when the page gives a timestamp)
 * @param canonicalUrl the page's canonical address, else the address it was read from
 */
public record PageMetadata(String outlet, String title, String author, String date, String canonicalUrl) {

    /** Made on first use: plain-text stories never pay for the object mapper's start-up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final Pattern ISO_TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[T ].*");
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—·:-]{1,2}\\s+");

    /** Empty strings for nulls. */
    public PageMetadata {
        outlet = outlet == null ? "" : outlet.strip();
        title = title == null ? "" : title.strip();
        author = author == null ? "" : author.strip();
        date = date == null ? "" : date.strip();
        canonicalUrl = canonicalUrl == null ? "" : canonicalUrl.strip();
    }

    /** Reads the metadata of a parsed page; call before the document is changed by extraction. */
    static PageMetadata of(Document doc) {
        Optional<JsonNode> ld = newsArticle(doc);
        String outlet = first(ld.map(n -> n.path("publisher").path("name").asText("")).orElse(""),
                meta(doc, "og:site_name"), meta(doc, "application-name"), HostName.outlet(doc.location()));
        String title = first(ld.map(n -> n.path("headline").asText("")).orElse(""), meta(doc, "og:title"),
                meta(doc, "twitter:title"), text(doc.selectFirst("h1")), doc.title());
        String author = first(ld.map(PageMetadata::authors).orElse(""), meta(doc, "author"), meta(doc, "article:author"));
        String date = first(ld.map(n -> n.path("datePublished").asText("")).orElse(""),
                meta(doc, "article:published_time"), meta(doc, "date"), meta(doc, "pubdate"),
                attr(doc.selectFirst("time[datetime]"), "datetime"));
        String canonical = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"),
                ld.map(n -> n.path("url").asText("")).orElse(""), LinkFetcher.isLink(doc.location()) ? doc.location() : "");
        return new PageMetadata(outlet, withoutSiteSuffix(title, outlet), author, shortDate(date), canonical);
    }

    /** "Bridge closes | Daily Planet" becomes "Bridge closes" when the suffix names the site. */
    static String withoutSiteSuffix(String title, String outlet) {
        var m = SEPARATOR.matcher(title);
        int cut = -1;
        while (m.find()) {
            cut = m.start();
            String tail = title.substring(m.end()).strip();
            if (sameName(tail, outlet) || (m.group().contains("|") && tail.split("\\s+").length <= 4)) {
                return title.substring(0, cut).strip();
            }
        }
        return title;
    }

    private static boolean sameName(String a, String b) {
        String x = a.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
        String y = b.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(java.util.Locale.ROOT);
        return !x.isEmpty() && (x.equals(y) || x.equals("the" + y) || y.equals("the" + x));
    }

    private static Optional<JsonNode> newsArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                Optional<JsonNode> found = findArticle(Json.MAPPER.readTree(script.data()));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                // a broken JSON-LD block only loses metadata; Open Graph and meta tags still count
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray() || node.has("@graph")) {
            for (JsonNode child : node.isArray() ? node : node.get("@graph")) {
                Optional<JsonNode> found = findArticle(child);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        return isArticleType(node.path("@type")) ? Optional.of(node) : Optional.empty();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText("").endsWith("Article");
    }

    private static String authors(JsonNode article) {
        JsonNode author = article.path("author");
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText("");
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return String.join(", ", names);
    }

    private static String shortDate(String date) {
        return ISO_TIMESTAMP.matcher(date).matches() ? date.substring(0, 10) : date;
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
        return e == null ? "" : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? "" : e.text();
    }

    private static String attr(Element e, String attribute) {
        return e == null ? "" : e.attr(attribute);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
