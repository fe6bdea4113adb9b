package app.parallax.ui.columns;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Passage;
import app.parallax.report.StoryReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Maps a text offset in one article to the matching offset in another, for synchronised
 * scrolling: piecewise linear through the passages the report links (a passage's start and end go
 * to its counterpart's start and end), interpolated between linked passages, and by relative
 * position where the articles share no passage. Pure: no JavaFX, built from a
 * {@link StoryReport} and never recomputing the comparison.
 */
public final class ScrollMap {

    /** A source range [from, to) and the target range it maps onto. */
    private record Pair(int from, int to, int targetFrom, int targetTo) {
    }

    private final List<Pair> pairs;
    private final int sourceLength;
    private final int targetLength;

    private ScrollMap(List<Pair> pairs, int sourceLength, int targetLength) {
        this.pairs = pairs;
        this.sourceLength = Math.max(0, sourceLength);
        this.targetLength = Math.max(0, targetLength);
    }

    /**
     * The map from {@code sourceId}'s text to {@code targetId}'s. Each source passage is paired
     * with its first counterpart in the target that lies after the previous pair's, so the map
     * only ever moves forward; an article missing from the report maps by relative position.
     */
    public static ScrollMap between(StoryReport report, String sourceId, String targetId) {
        ComparisonResult r = report.result();
        int sourceLength = r.findArticle(sourceId).map(a -> a.text().length()).orElse(0);
        int targetLength = r.findArticle(targetId).map(a -> a.text().length()).orElse(0);
        List<Pair> pairs = new ArrayList<>();
        int after = 0;
        for (Passage p : r.passagesOf(sourceId)) {
            Passage counterpart = firstCounterpart(r, report.counterparts(p.id()), targetId, after);
            if (counterpart != null) {
                pairs.add(new Pair(p.start(), p.end(), counterpart.start(), counterpart.end()));
                after = counterpart.end();
            }
        }
        return new ScrollMap(List.copyOf(pairs), sourceLength, targetLength);
    }

    /** A map with no linked passages: by relative position only. */
    public static ScrollMap relative(int sourceLength, int targetLength) {
        return new ScrollMap(List.of(), sourceLength, targetLength);
    }

    private static Passage firstCounterpart(ComparisonResult r, Set<String> ids, String targetId, int notBefore) {
        return ids.stream().map(r::findPassage).flatMap(java.util.Optional::stream)
                .filter(p -> p.articleId().equals(targetId) && p.start() >= notBefore)
                .min(Comparator.comparingInt(Passage::start)).orElse(null);
    }

    /** How many linked passages the map goes through. */
    public int anchors() {
        return pairs.size();
    }

    /** The target offset for a source offset, clamped to the target's text. */
    public double map(double offset) {
        double at = Math.max(0, Math.min(sourceLength, offset));
        int fromEnd = 0;
        int targetFromEnd = 0;
        for (Pair p : pairs) {
            if (at < p.from()) {
                return between(at, fromEnd, p.from(), targetFromEnd, p.targetFrom());
            }
            if (at < p.to()) {
                return between(at, p.from(), p.to(), p.targetFrom(), p.targetTo());
            }
            fromEnd = p.to();
            targetFromEnd = p.targetTo();
        }
        return between(at, fromEnd, sourceLength, targetFromEnd, targetLength);
    }

    private static double between(double at, int from, int to, int targetFrom, int targetTo) {
        if (to <= from) {
            return targetFrom;
        }
        return targetFrom + (at - from) / (to - from) * (targetTo - targetFrom);
    }
}
