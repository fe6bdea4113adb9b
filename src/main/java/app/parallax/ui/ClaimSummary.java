package app.parallax.ui;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import java.util.List;
import java.util.stream.Collectors;

/** Says in words who reports a claim and how, from the engine's {@link Claim}; computes nothing. */
final class ClaimSummary {

    private ClaimSummary() {
    }

    /** "dinner — USA Today, AP; lunch — The New York Times, CNN"; "" when the claim has no values. */
    static String values(Claim claim, ComparisonResult result) {
        return claim.values().stream()
                .map(v -> v.value() + " — " + outlets(v.articleIds(), result))
                .collect(Collectors.joining("; "));
    }

    /** The kind of fact in dispute, e.g. "Meal", or "Disputed" when the engine gives none. */
    static String kind(Claim claim) {
        return claim.values().stream().findFirst()
                .map(ClaimValue::kind).map(k -> capitalise(k.label())).orElse("Disputed");
    }

    /** One or two lines for a tooltip over a passage of this claim. */
    static String describe(Claim claim, ComparisonResult result) {
        String who = outlets(claim.articleIds(), result);
        if (claim.verdict() == Verdict.DISPUTED) {
            String values = values(claim, result);
            return "Disputed " + kind(claim).toLowerCase() + ": " + (values.isEmpty() ? who : values);
        }
        if (claim.verdict() == Verdict.SINGLE) {
            return "Only " + who + " reports this";
        }
        return "Agreed: reported by " + who;
    }

    /** Display names of the articles' outlets, in the given order, comma separated. */
    static String outlets(List<String> articleIds, ComparisonResult result) {
        return articleIds.stream()
                .map(id -> result.findArticle(id).map(Article::outlet).orElse(id))
                .collect(Collectors.joining(", "));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
