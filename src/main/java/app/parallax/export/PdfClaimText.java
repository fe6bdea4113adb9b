package app.parallax.export;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.article.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The words the PDF uses about claims: outlet names, competing values and the notes that PDF
 * readers show in a highlight's popup, e.g. "Disputed: USA Today and AP say 'dinner' (meal).
 * This report: 'lunch'."
 */
final class PdfClaimText {

    private final ComparisonResult result;

    PdfClaimText(ComparisonResult result) {
        this.result = result;
    }

    /** The outlet's display name, or the id for an unknown article. */
    String outlet(String articleId) {
        return result.findArticle(articleId).map(Article::outlet).orElse(articleId);
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    List<String> outlets(List<String> articleIds) {
        return articleIds.stream().map(this::outlet).toList();
    }

    /** The competing values of a disputed claim (the engine gives them for every disputed claim). */
    List<ClaimValue> values(Claim claim) {
        return claim.values();
    }

    /** What a highlight over one of the claim's passages in {@code articleId} says. */
    String passageNote(Claim claim, String articleId) {
        List<String> others = claim.articleIds().stream().filter(id -> !id.equals(articleId)).distinct().toList();
        return switch (claim.verdict()) {
            case AGREED -> "Agreed: also reported by " + join(outlets(others)) + ".";
            case DISPUTED -> disputedNote(claim, articleId);
            case SINGLE -> "Only " + outlet(articleId) + " reports this.";
        };
    }

    /** What a highlight over conflicting words says: "Conflict (meal): USA Today says 'dinner' here instead of 'lunch'." */
    static String conflictNote(String kind, String ownWords, Map<String, List<String>> otherWordsToOutlets) {
        List<String> parts = new ArrayList<>();
        otherWordsToOutlets.forEach((words, outlets) -> parts.add(join(outlets) + (outlets.size() == 1 ? " says " : " say ")
                + (words.isBlank() ? "nothing" : "'" + words + "'")));
        return "Conflict (" + kind + "): " + String.join("; ", parts) + " instead of '" + ownWords + "'.";
    }

    private String disputedNote(Claim claim, String articleId) {
        List<String> theirs = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (ClaimValue v : values(claim)) {
            if (v.articleIds().contains(articleId)) {
                own.add("'" + v.value() + "'");
            } else {
                List<String> names = outlets(v.articleIds());
                theirs.add(join(names) + (names.size() == 1 ? " says '" : " say '") + v.value() + "' ("
                        + v.kind().label() + ")");
            }
        }
        if (theirs.isEmpty()) {
            return "Disputed: the outlets give different facts here.";
        }
        String note = "Disputed: " + String.join("; ", theirs) + ".";
        return own.isEmpty() ? note : note + " This report: " + String.join(", ", own) + ".";
    }
}
