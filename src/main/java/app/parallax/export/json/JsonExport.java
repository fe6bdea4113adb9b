package app.parallax.export.json;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Difference;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a comparison as JSON: articles (with full text), passages (offsets into that text),
 * links with their flagged values (each with its grade, "conflict" or "values differ"), the
 * stretch each side shares with the other, coverage and all classified differences, and claims
 * with verdicts and competing values. The schema is documented in README.md.
 */
public final class JsonExport {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private JsonExport() {
    }

    /** Writes the result to {@code out} (not closed). @throws IOException if writing fails */
    public static void write(ComparisonResult result, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(result));
    }

    /** The result as a JSON tree. */
    public static ObjectNode toTree(ComparisonResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode articles = root.putArray("articles");
        for (Article a : result.articles()) {
            articles.addObject().put("id", a.id()).put("source", a.source()).put("outlet", a.outlet())
                    .put("title", a.title()).put("date", a.date()).put("words", a.wordCount())
                    .put("text", a.text());
        }
        ArrayNode passages = root.putArray("passages");
        for (Passage p : result.passages()) {
            ObjectNode n = passages.addObject().put("id", p.id()).put("article", p.articleId())
                    .put("start", p.start()).put("end", p.end()).put("text", p.text())
                    .put("boilerplate", p.boilerplate());
            result.findClaim(p.id()).ifPresent(c -> n.put("claim", c.id()));
        }
        ArrayNode links = root.putArray("links");
        result.links().forEach(l -> link(links.addObject(), l));
        ArrayNode claims = root.putArray("claims");
        result.claims().forEach(c -> claim(claims.addObject(), c));
        return root;
    }

    /** {@code relation} stays "differ" for a flag of either grade; {@code grade} tells them apart. */
    private static void link(ObjectNode n, Link l) {
        n.put("a", l.a()).put("b", l.b()).put("relation", l.relation().label()).put("score", l.score());
        l.grade().ifPresentOrElse(g -> n.put("grade", g.label()), () -> n.putNull("grade"));
        n.put("coverage", l.coverage());
        n.put("basis", l.sameFact() ? "same fact" : "same attribute");
        if (l.sharedA() == null) {
            n.putNull("shared");
        } else {
            n.putObject("shared").put("aStart", l.sharedA().start()).put("aEnd", l.sharedA().end())
                    .put("bStart", l.sharedB().start()).put("bEnd", l.sharedB().end());
        }
        ArrayNode conflicts = n.putArray("conflicts");
        ArrayNode differences = n.putArray("differences");
        for (Difference d : l.differences()) {
            if (d.isConflict()) {
                conflicts.addObject().put("kind", d.conflictKind().label()).put("grade", d.grade().label())
                        .put("a", d.aWords()).put("b", d.bWords())
                        .put("aStart", d.aRange().start()).put("aEnd", d.aRange().end())
                        .put("bStart", d.bRange().start()).put("bEnd", d.bRange().end());
            }
            ObjectNode dn = differences.addObject().put("kind", d.kind().label()).put("a", d.aWords())
                    .put("b", d.bWords());
            if (d.isConflict()) {
                dn.put("conflict", d.conflictKind().label());
            }
        }
    }

    private static void claim(ObjectNode n, Claim c) {
        n.put("id", c.id()).put("verdict", c.verdict().label());
        c.passageIds().forEach(n.putArray("passages")::add);
        c.articleIds().forEach(n.putArray("articles")::add);
        ArrayNode values = n.putArray("values");
        for (ClaimValue v : c.values()) {
            ObjectNode vn = values.addObject().put("kind", v.kind().label()).put("value", v.value());
            v.articleIds().forEach(vn.putArray("articles")::add);
        }
    }
}
