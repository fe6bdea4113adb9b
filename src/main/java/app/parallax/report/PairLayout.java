package app.parallax.report;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Passage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a pair's rows in order: the left article's content passages in reading order, each linked
 * group at its first left passage; a passage only the right article has right after the group of
 * its nearest linked passage above it in the right article, or, with none above, just before the
 * group of the first linked right passage (at the end when nothing is linked).
 */
final class PairLayout {

    private final ComparisonResult result;
    private final Map<String, PairGroups.Group> groupOf = new HashMap<>();
    private final Map<PairGroups.Group, List<PairRow>> after = new IdentityHashMap<>();
    private final List<PairRow> head = new ArrayList<>();

    PairLayout(ComparisonResult result, List<PairGroups.Group> groups) {
        this.result = result;
        for (PairGroups.Group g : groups) {
            g.left().forEach(p -> groupOf.put(p.id(), g));
            g.right().forEach(p -> groupOf.put(p.id(), g));
        }
    }

    List<PairRow> rows(String leftId, String rightId) {
        PairGroups.Group firstOnRight = sortRightOnly(rightId);
        List<PairRow> out = new ArrayList<>();
        Set<PairGroups.Group> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Passage p : content(leftId)) {
            PairGroups.Group g = groupOf.get(p.id());
            if (g == null) {
                out.add(new PairRow(PairRow.Kind.LEFT_ONLY, PairSides.alone(p), PairText.EMPTY, 0, List.of()));
            } else if (shown.add(g)) {
                out.addAll(g == firstOnRight ? head : List.of());
                out.add(linkedRow(g));
                out.addAll(after.getOrDefault(g, List.of()));
            }
        }
        out.addAll(firstOnRight == null ? head : List.of());
        return out;
    }

    /**
     * Sorts the right article's unlinked passages into the rows that follow each group or into
     * {@code head}; returns the group of the first linked right passage, null when none is linked.
     */
    private PairGroups.Group sortRightOnly(String rightId) {
        PairGroups.Group first = null;
        PairGroups.Group above = null;
        for (Passage p : content(rightId)) {
            PairGroups.Group g = groupOf.get(p.id());
            if (g != null) {
                first = first == null ? g : first;
                above = g;
            } else {
                PairRow row = new PairRow(PairRow.Kind.RIGHT_ONLY, PairText.EMPTY, PairSides.alone(p), 0, List.of());
                (above == null ? head : after.computeIfAbsent(above, k -> new ArrayList<>())).add(row);
            }
        }
        return first;
    }

    /** The passages the engine aligns: boilerplate is never linked, so it is left out here too. */
    private List<Passage> content(String articleId) {
        return result.passagesOf(articleId).stream().filter(p -> !p.boilerplate()).toList();
    }

    private static PairRow linkedRow(PairGroups.Group g) {
        List<PairDispute> disputes = disputes(g);
        double score = g.links().stream().mapToDouble(Link::score).max().orElse(0);
        PairText[] sides = PairSides.sides(g);
        PairRow.Kind kind = disputes.isEmpty() ? PairRow.Kind.AGREE : PairRow.Kind.DIFFER;
        return new PairRow(kind, sides[0], sides[1], score, disputes, g.links().stream().anyMatch(Link::sameFact));
    }

    /** The group's flags of either grade, left words first, each once. */
    private static List<PairDispute> disputes(PairGroups.Group g) {
        Set<PairDispute> out = new LinkedHashSet<>();
        for (Link l : g.links()) {
            boolean leftIsA = g.left().stream().anyMatch(p -> p.id().equals(l.a()));
            l.conflicts().stream().map(d -> leftIsA ? d : d.swapped())
                    .forEach(d -> out.add(new PairDispute(d.conflictKind(), d.aWords(), d.bWords(), d.grade())));
        }
        return List.copyOf(out);
    }
}
