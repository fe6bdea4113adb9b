package app.parallax.report;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Link;
import app.parallax.core.article.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's links between two articles, gathered into groups of passages joined by links:
 * usually one passage a side, or one long sentence and the two short ones that say the same.
 * Nothing is realigned; the groups only read {@link ComparisonResult#linksOf}.
 */
final class PairGroups {

    /** Linked passages of both sides, each in text order, and the links joining them. */
    record Group(List<Passage> left, List<Passage> right, List<Link> links) {
    }

    private final Map<String, String> parent = new HashMap<>();

    private PairGroups() {
    }

    /** The groups in order of their first left passage. */
    static List<Group> between(ComparisonResult result, String leftId, String rightId) {
        PairGroups sets = new PairGroups();
        List<Link> links = linksBetween(result, leftId, rightId);
        links.forEach(l -> sets.join(l.a(), l.b()));
        Map<String, List<Link>> byRoot = new LinkedHashMap<>();
        for (Link l : links) {
            byRoot.computeIfAbsent(sets.root(l.a()), k -> new ArrayList<>()).add(l);
        }
        return byRoot.values().stream().map(ls -> group(result, ls, leftId))
                .sorted(Comparator.comparingInt(g -> g.left().get(0).index())).toList();
    }

    /** Links from the left article's passages to the right article's, in left text order. */
    private static List<Link> linksBetween(ComparisonResult result, String leftId, String rightId) {
        List<Link> out = new ArrayList<>();
        for (Passage p : result.passagesOf(leftId)) {
            for (Link l : result.linksOf(p.id())) {
                boolean toRight = result.findPassage(l.other(p.id())).filter(q -> q.articleId().equals(rightId)).isPresent();
                if (toRight) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private static Group group(ComparisonResult result, List<Link> links, String leftId) {
        List<Passage> left = new ArrayList<>();
        List<Passage> right = new ArrayList<>();
        for (Link l : links) {
            for (String id : List.of(l.a(), l.b())) {
                Passage p = result.requirePassage(id);
                List<Passage> side = p.articleId().equals(leftId) ? left : right;
                if (!side.contains(p)) {
                    side.add(p);
                }
            }
        }
        left.sort(Comparator.comparingInt(Passage::index));
        right.sort(Comparator.comparingInt(Passage::index));
        List<Link> strongestFirst = links.stream().sorted(Comparator.comparingDouble(Link::score).reversed()).toList();
        return new Group(left, right, strongestFirst);
    }

    private void join(String x, String y) {
        String rx = root(x);
        String ry = root(y);
        if (!rx.equals(ry)) {
            parent.put(rx, ry);
        }
    }

    private String root(String id) {
        String p = parent.getOrDefault(id, id);
        if (p.equals(id)) {
            return id;
        }
        String r = root(p);
        parent.put(id, r);
        return r;
    }
}
