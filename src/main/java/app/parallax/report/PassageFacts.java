package app.parallax.report;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimValue;
import app.parallax.core.align.Link;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one passage is shown. A passage of a flagged claim (disputed, or values differ) is flagged
 * only when it states a value of the dispute (its side of a flag, or its outlet's value in its own
 * words); the claim's other passages are shown as agreed, so a sentence without the weekday is
 * never painted "disputed weekday" by association. A passage whose own words carry a flag of
 * grade conflict is shown disputed; one whose flags are all of grade values differ is shown so,
 * even inside a disputed claim.
 */
final class PassageFacts {

    private final ComparisonResult result;
    private final ClaimWording wording;
    /**
     * Each passage's verdict and flagged words, by passage id, worked out once: the overview, the
     * highlight plans and the bands ask for them again on every hover and result. Concurrent, as
     * highlight plans of a long story are worked out on a thread of their own.
     */
    private final Map<String, Optional<Verdict>> verdicts = new ConcurrentHashMap<>();
    private final Map<String, List<FlaggedRange>> flagged = new ConcurrentHashMap<>();

    PassageFacts(ComparisonResult result, ClaimWording wording) {
        this.result = result;
        this.wording = wording;
    }

    Optional<Verdict> verdict(Passage p) {
        return verdicts.computeIfAbsent(p.id(), id -> verdictOf(p));
    }

    private Optional<Verdict> verdictOf(Passage p) {
        if (p.boilerplate()) {
            return Optional.empty();
        }
        Optional<Claim> claim = result.findClaim(p.id());
        if (claim.isEmpty()) {
            return Optional.of(Verdict.SINGLE);
        }
        Claim c = claim.get();
        if (!flagged(c)) {
            return Optional.of(c.verdict());
        }
        List<FlaggedRange> own = flaggedRanges(p);
        if (own.isEmpty()) {
            return Optional.of(c.articleIds().size() > 1 ? Verdict.AGREED : Verdict.SINGLE);
        }
        return Optional.of(own.stream().anyMatch(r -> r.grade() == Grade.CONFLICT) ? Verdict.DISPUTED : Verdict.VALUES_DIFFER);
    }

    /** The passage's own words that state a flagged value, with the flag's grade, in text order; empty when none. */
    List<FlaggedRange> flaggedRanges(Passage p) {
        return flagged.computeIfAbsent(p.id(), id -> result.findClaim(id).filter(PassageFacts::flagged)
                .map(c -> flaggedRanges(p, c)).orElse(List.of()));
    }

    static boolean flagged(Claim c) {
        return c.verdict() == Verdict.DISPUTED || c.verdict() == Verdict.VALUES_DIFFER;
    }

    /** Hard conflicts first, so words flagged in both grades keep the stronger one. */
    private List<FlaggedRange> flaggedRanges(Passage p, Claim claim) {
        List<FlaggedRange> out = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            for (Link link : result.linksOf(p.id())) {
                boolean aSide = link.a().equals(p.id());
                link.conflicts().stream().filter(d -> d.grade() == grade)
                        .forEach(d -> addDistinct(out, new FlaggedRange(aSide ? d.aRange() : d.bRange(), grade), p));
            }
        }
        Grade claimGrade = claim.verdict() == Verdict.DISPUTED ? Grade.CONFLICT : Grade.VALUES_DIFFER;
        for (ClaimValue v : wording.values(claim)) {
            if (v.articleIds().contains(p.articleId())) {
                occurrences(p, v.value()).forEach(r -> addDistinct(out, new FlaggedRange(r, claimGrade), p));
            }
        }
        out.sort((x, y) -> Integer.compare(x.range().start(), y.range().start()));
        return List.copyOf(out);
    }

    private static void addDistinct(List<FlaggedRange> out, FlaggedRange flagged, Passage p) {
        TextRange r = flagged.range();
        boolean inside = r.start() >= p.start() && r.end() <= p.end();
        boolean covered = out.stream().map(FlaggedRange::range).anyMatch(o -> o.start() <= r.start() && o.end() >= r.end());
        if (r.length() > 0 && inside && !covered) {
            out.removeIf(o -> r.start() <= o.range().start() && r.end() >= o.range().end()
                    && o.grade().compareTo(flagged.grade()) >= 0);
            out.add(flagged);
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
