package app.parallax.report;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How one passage is shown. A passage of a disputed claim is disputed only when it states a
 * value of the dispute (its side of a conflict, or its outlet's value in its own words); the
 * claim's other passages are shown as agreed, so a sentence without the weekday is never
 * painted "disputed weekday" by association.
 */
final class PassageFacts {

    private final ComparisonResult result;
    private final ClaimWording wording;

    PassageFacts(ComparisonResult result, ClaimWording wording) {
        this.result = result;
        this.wording = wording;
    }

    Optional<Verdict> verdict(Passage p) {
        if (p.boilerplate()) {
            return Optional.empty();
        }
        Optional<Claim> claim = result.findClaim(p.id());
        if (claim.isEmpty()) {
            return Optional.of(Verdict.SINGLE);
        }
        Claim c = claim.get();
        if (c.verdict() != Verdict.DISPUTED || !conflictRanges(p, c).isEmpty()) {
            return Optional.of(c.verdict());
        }
        return Optional.of(c.articleIds().size() > 1 ? Verdict.AGREED : Verdict.SINGLE);
    }

    /** The passage's own words that state a disputed value, in text order; empty when none. */
    List<TextRange> conflictRanges(Passage p) {
        return result.findClaim(p.id()).filter(c -> c.verdict() == Verdict.DISPUTED)
                .map(c -> conflictRanges(p, c)).orElse(List.of());
    }

    private List<TextRange> conflictRanges(Passage p, Claim claim) {
        List<TextRange> out = new ArrayList<>();
        for (Link link : result.linksOf(p.id())) {
            boolean aSide = link.a().equals(p.id());
            for (Difference d : link.conflicts()) {
                addDistinct(out, aSide ? d.aRange() : d.bRange(), p);
            }
        }
        for (ClaimValue v : wording.values(claim)) {
            if (v.articleIds().contains(p.articleId())) {
                occurrences(p, v.value()).forEach(r -> addDistinct(out, r, p));
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return List.copyOf(out);
    }

    private static void addDistinct(List<TextRange> out, TextRange r, Passage p) {
        boolean inside = r.start() >= p.start() && r.end() <= p.end();
        boolean covered = out.stream().anyMatch(o -> o.start() <= r.start() && o.end() >= r.end());
        if (r.length() > 0 && inside && !covered) {
            out.removeIf(o -> r.start() <= o.start() && r.end() >= o.end());
            out.add(r);
        }
    }

    /** Whole-word, case-insensitive occurrences of {@code value} in the passage's text. */
    private static List<TextRange> occurrences(Passage p, String value) {
        String text = p.text().toLowerCase(Locale.ROOT);
        String needle = value.toLowerCase(Locale.ROOT).strip();
        List<TextRange> out = new ArrayList<>();
        for (int i = needle.isEmpty() ? -1 : text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            if (boundary(text, i - 1) && boundary(text, end)) {
                out.add(new TextRange(p.start() + i, p.start() + end));
            }
        }
        return out;
    }

    private static boolean boundary(String text, int at) {
        return at < 0 || at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }
}
