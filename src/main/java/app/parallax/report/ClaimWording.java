package app.parallax.report;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words every view uses about a claim, built in one place so that the popover, navigator,
 * matrix, PDF and terminal report say the same thing with the same separators.
 */
final class ClaimWording {

    private final ComparisonResult result;
    /** Concurrent: the reader works out highlight plans of a long story on a thread of their own while the UI thread reads. */
    private final Map<String, List<ClaimValue>> valuesByClaim = new java.util.concurrent.ConcurrentHashMap<>();

    ClaimWording(ComparisonResult result) {
        this.result = result;
    }

    String outlet(String articleId) {
        return result.findArticle(articleId).map(Article::outlet).orElse(articleId);
    }

    List<String> outlets(List<String> articleIds) {
        return articleIds.stream().map(this::outlet).toList();
    }

    /** The engine's values; when it gave none, those read off the conflicts inside the claim. */
    List<ClaimValue> values(Claim claim) {
        return valuesByClaim.computeIfAbsent(claim.id(), k -> claim.values().isEmpty() ? fromLinks(claim) : claim.values());
    }

    /** "meal" or "meal, weekday"; "" when the claim has no values. */
    String kind(Claim claim) {
        return values(claim).stream().map(v -> v.kind().label()).distinct().collect(Collectors.joining(", "));
    }

    /** "meal: lunch — The New York Times, CNN · dinner — USA Today, AP"; "" without values. */
    String valuesLine(Claim claim) {
        Map<String, List<ClaimValue>> byKind = values(claim).stream().collect(Collectors.groupingBy(
                v -> v.kind().label(), LinkedHashMap::new, Collectors.toList()));
        return byKind.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().stream().map(this::valueWithOutlets)
                        .collect(Collectors.joining(" · ")))
                .collect(Collectors.joining("; "));
    }

    /** "lunch — The New York Times, CNN". */
    String valueWithOutlets(ClaimValue v) {
        return v.value() + " — " + String.join(", ", outlets(v.articleIds()));
    }

    /** "meal: ‘lunch’ / ‘dinner’", or "disputed fact" (or "values differ") without values. */
    String shortLabel(Claim claim) {
        List<ClaimValue> values = values(claim);
        if (values.isEmpty()) {
            return claim.verdict() == Verdict.VALUES_DIFFER ? "values differ" : "disputed fact";
        }
        return kind(claim) + ": " + values.stream().map(v -> "‘" + v.value() + "’").collect(Collectors.joining(" / "));
    }

    /** One line saying who reports the claim and how. */
    String describe(Claim claim) {
        String who = String.join(", ", outlets(claim.articleIds()));
        return switch (claim.verdict()) {
            case DISPUTED -> "Disputed " + (valuesLine(claim).isEmpty() ? "fact: " + who : valuesLine(claim));
            case VALUES_DIFFER -> "Values differ " + (valuesLine(claim).isEmpty() ? "between " + who : "in " + valuesLine(claim));
            case SINGLE -> "Only " + who + " reports this";
            case AGREED -> "Agreed: reported by " + who;
        };
    }

    /** What the article's passage of a claim is shown with in a PDF note, for its shown verdict. */
    String passageNote(Claim claim, String articleId, Verdict shown) {
        List<String> others = claim.articleIds().stream().filter(id -> !id.equals(articleId)).distinct().toList();
        return switch (shown) {
            case AGREED -> others.isEmpty() ? "Only " + outlet(articleId) + " reports this."
                    : "Agreed: also reported by " + Words.and(outlets(others)) + ".";
            case DISPUTED -> disputedNote(claim, articleId, "Disputed");
            case VALUES_DIFFER -> disputedNote(claim, articleId, "Values differ (worth a look)");
            case SINGLE -> "Only " + outlet(articleId) + " reports this.";
        };
    }

    /** {@code lead} names the grade: "Disputed" or "Values differ (worth a look)". */
    private String disputedNote(Claim claim, String articleId, String lead) {
        List<String> theirs = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (ClaimValue v : values(claim)) {
            if (v.articleIds().contains(articleId)) {
                own.add("'" + v.value() + "'");
            } else {
                List<String> names = outlets(v.articleIds());
                theirs.add(Words.and(names) + (names.size() == 1 ? " says '" : " say '") + v.value() + "' ("
                        + v.kind().label() + ")");
            }
        }
        if (theirs.isEmpty()) {
            return lead + ": the outlets give different facts here.";
        }
        String note = lead + ": " + String.join("; ", theirs) + ".";
        return own.isEmpty() ? note : note + " This report: " + String.join(", ", own) + ".";
    }

    private List<ClaimValue> fromLinks(Claim claim) {
        Map<String, ClaimValue> byValue = new LinkedHashMap<>();
        Set<String> inClaim = Set.copyOf(claim.passageIds());
        for (Link link : result.links()) {
            if (inClaim.contains(link.a()) && inClaim.contains(link.b())) {
                for (Difference d : link.conflicts()) {
                    addValue(byValue, d, d.aWords(), articleOf(link.a()));
                    addValue(byValue, d, d.bWords(), articleOf(link.b()));
                }
            }
        }
        return List.copyOf(byValue.values());
    }

    private String articleOf(String passageId) {
        return result.findPassage(passageId).map(p -> p.articleId()).orElse(passageId);
    }

    private static void addValue(Map<String, ClaimValue> byValue, Difference d, String words, String articleId) {
        if (words.isBlank()) {
            return;
        }
        String key = d.conflictKind() + "\u0000" + words.toLowerCase(Locale.ROOT);
        ClaimValue old = byValue.get(key);
        Set<String> ids = new LinkedHashSet<>(old == null ? List.of() : old.articleIds());
        ids.add(articleId);
        byValue.put(key, new ClaimValue(d.conflictKind(), old == null ? words : old.value(), List.copyOf(ids)));
    }
}
