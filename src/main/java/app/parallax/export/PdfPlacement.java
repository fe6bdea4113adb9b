package app.parallax.export;

import app.parallax.core.article.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Where each article's text went: the drawn lines with their source offsets. Highlights, notes,
 * links and bookmarks are all placed from here, by offsets, after the text is drawn.
 */
final class PdfPlacement {

    /** A point to jump to: a page and the top left of what is there. */
    record Anchor(PDPage page, float x, float top) {
    }

    private final Map<String, List<PdfPlacedLine>> lines = new HashMap<>();
    private final Map<String, Anchor> articleAnchors = new HashMap<>();
    private final Map<String, String> texts;

    /** @param texts the article texts by article id */
    PdfPlacement(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    void add(PdfPlacedLine line) {
        lines.computeIfAbsent(line.articleId(), k -> new ArrayList<>()).add(line);
    }

    void anchorArticle(String articleId, PDPage page, float x, float top) {
        articleAnchors.putIfAbsent(articleId, new Anchor(page, x, top));
    }

    Optional<Anchor> articleAnchor(String articleId) {
        return Optional.ofNullable(articleAnchors.get(articleId));
    }

    /** The top of the first drawn line that shows part of {@code range}. */
    Optional<Anchor> anchor(String articleId, TextRange range) {
        return quads(articleId, range).stream().findFirst()
                .map(q -> new Anchor(q.page(), q.x0(), q.top()));
    }

    /**
     * The boxes, one per drawn line, around the characters of {@code range} (trailing spaces
     * excluded); empty when none of it was drawn.
     */
    List<PdfQuad> quads(String articleId, TextRange range) {
        String text = texts.getOrDefault(articleId, "");
        List<PdfQuad> out = new ArrayList<>();
        for (PdfPlacedLine line : lines.getOrDefault(articleId, List.of())) {
            int from = Math.max(range.start(), line.start());
            int to = Math.min(range.end(), line.end());
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                float x0 = line.x() + line.font().width(text, line.start(), from, line.size());
                float x1 = x0 + line.font().width(text, from, to, line.size());
                out.add(new PdfQuad(line.page(), line.x(), x0, x1, line.bottom(), line.top()));
            }
        }
        return out;
    }
}
