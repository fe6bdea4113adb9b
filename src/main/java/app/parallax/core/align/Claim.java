package app.parallax.core.align;

import app.parallax.core.classify.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * The passages, across outlets, that report one thing, and the verdict on them.
 *
 * @param id         e.g. {@code c12}; claims are numbered in story order
 * @param passageIds the passages, in article order then position
 * @param articleIds the articles that report it, in article order
 * @param verdict    agreed, disputed or single-source
 * @param values     for disputed claims, the competing values grouped by the articles that give
 *                   them; empty otherwise
 */
public record Claim(String id, List<String> passageIds, List<String> articleIds, Verdict verdict,
                    List<ClaimValue> values) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        passageIds = List.copyOf(passageIds);
        articleIds = List.copyOf(articleIds);
        values = List.copyOf(values);
    }

    public boolean reportedBy(String articleId) {
        return articleIds.contains(articleId);
    }
}
