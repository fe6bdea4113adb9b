package app.parallax.core.align;

import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups linked passages into claims (joined along links, strongest first, while no article has more
 * than two passages in one claim; links that only give one attribute two values first), gives each
 * its verdict and, for
 * disputed ones, the competing values with the articles that state them. Every non-boilerplate
 * passage ends up in exactly one claim; an unlinked one forms a single-source claim. Claims are
 * numbered in story order: by where they first appear, earlier articles first.
 */
public final class ClaimBuilder {

    private static final int MAX_PER_ARTICLE = 2;

    private ClaimBuilder() {
    }

    /** @return claims in story order, ids {@code c1, c2, …}; never null */
    public static List<Claim> build(List<Article> articles, List<Passage> passages, List<Link> links) {
        Map<String, Integer> articleOrder = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            articleOrder.put(articles.get(i).id(), i);
        }
        Map<String, Passage> byId = new LinkedHashMap<>();
        passages.stream().filter(p -> !p.boilerplate()).forEach(p -> byId.put(p.id(), p));
        Map<String, String> parent = new HashMap<>();
        byId.keySet().forEach(id -> parent.put(id, id));
        Map<String, Map<String, Integer>> perArticle = new HashMap<>();
        byId.values().forEach(p -> perArticle.put(p.id(), new HashMap<>(Map.of(p.articleId(), 1))));
        // a link that only gives one attribute two values (Link#sameFact false) joins its two
        // passages first: they are weakly linked, and joined last they would seldom fit beside the
        // stronger links, so the two values would never meet in one claim
        List<Link> joinOrder = new ArrayList<>(links);
        joinOrder.sort(Comparator.comparing(Link::sameFact).thenComparing(Comparator.comparingDouble(Link::score).reversed()));
        for (Link l : joinOrder) {
            String ra = find(parent, l.a());
            String rb = find(parent, l.b());
            if (!ra.equals(rb) && fitTogether(perArticle.get(ra), perArticle.get(rb))) {
                parent.put(ra, rb);
                perArticle.get(ra).forEach((article, n) -> perArticle.get(rb).merge(article, n, Integer::sum));
            }
        }
        Map<String, List<Passage>> groups = new LinkedHashMap<>();
        byId.values().forEach(p -> groups.computeIfAbsent(find(parent, p.id()), k -> new ArrayList<>()).add(p));
        Map<String, List<Link>> linksByRoot = new HashMap<>();
        links.stream().filter(l -> find(parent, l.a()).equals(find(parent, l.b())))
                .forEach(l -> linksByRoot.computeIfAbsent(find(parent, l.a()), k -> new ArrayList<>()).add(l));
        Map<String, Integer> passageCounts = new HashMap<>();
        byId.values().forEach(p -> passageCounts.merge(p.articleId(), 1, Integer::sum));

        List<List<Passage>> ordered = new ArrayList<>(groups.values());
        ordered.forEach(g -> g.sort(Comparator.comparing((Passage p) -> articleOrder.get(p.articleId()))
                .thenComparing(Passage::index)));
        ordered.sort(Comparator.comparingDouble(g -> storyPosition(g, articleOrder, passageCounts)));
        List<Claim> out = new ArrayList<>(ordered.size());
        for (List<Passage> group : ordered) {
            List<Link> groupLinks = linksByRoot.getOrDefault(find(parent, group.get(0).id()), List.of());
            out.add(claim("c" + (out.size() + 1), group, groupLinks, byId, articleOrder));
        }
        return out;
    }

    /**
     * Two groups join only while no article would have more than {@link #MAX_PER_ARTICLE} passages
     * in the claim, so a chain of loose links cannot sweep a whole story into one claim.
     */
    private static boolean fitTogether(Map<String, Integer> a, Map<String, Integer> b) {
        return a.entrySet().stream().allMatch(e -> e.getValue() + b.getOrDefault(e.getKey(), 0) <= MAX_PER_ARTICLE);
    }

    private static Claim claim(String id, List<Passage> group, List<Link> links, Map<String, Passage> byId,
                               Map<String, Integer> articleOrder) {
        Set<String> articleIds = new LinkedHashSet<>();
        group.forEach(p -> articleIds.add(p.articleId()));
        List<ClaimValue> values = values(links, byId, articleOrder);
        Verdict verdict = articleIds.size() < 2 ? Verdict.SINGLE
                : values.isEmpty() ? Verdict.AGREED
                : links.stream().anyMatch(l -> l.conflicts().stream().anyMatch(Difference::isHardConflict))
                ? Verdict.DISPUTED : Verdict.VALUES_DIFFER;
        return new Claim(id, group.stream().map(Passage::id).toList(), List.copyOf(articleIds), verdict, values);
    }

    /** Competing values of every conflict in the claim, each with the articles stating it. */
    private static List<ClaimValue> values(List<Link> links, Map<String, Passage> byId,
                                           Map<String, Integer> articleOrder) {
        Map<ConflictKind, Map<String, String>> display = new LinkedHashMap<>();
        Map<ConflictKind, Map<String, Set<String>>> articles = new LinkedHashMap<>();
        for (Link l : links) {
            for (Difference d : l.conflicts()) {
                add(display, articles, d.conflictKind(), d.aWords(), byId.get(l.a()).articleId());
                add(display, articles, d.conflictKind(), d.bWords(), byId.get(l.b()).articleId());
            }
        }
        List<ClaimValue> out = new ArrayList<>();
        articles.forEach((kind, byValue) -> byValue.forEach((key, ids) -> out.add(new ClaimValue(kind,
                display.get(kind).get(key),
                ids.stream().sorted(Comparator.comparing(articleOrder::get)).toList()))));
        return out;
    }

    private static void add(Map<ConflictKind, Map<String, String>> display,
                            Map<ConflictKind, Map<String, Set<String>>> articles, ConflictKind kind, String words,
                            String articleId) {
        String key = kind == ConflictKind.NUMBER ? numberKey(words) : words.toLowerCase(Locale.ROOT).replace('’', '\'');
        display.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(key, lowerIfCommon(kind, words));
        articles.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                .computeIfAbsent(key, k -> new LinkedHashSet<>()).add(articleId);
    }

    /**
     * One figure however it is written: "six", "Six" and "6" are one value of a claim, and each word
     * of "six people" / "6 people" is read as its numeral.
     */
    private static String numberKey(String words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words.toLowerCase(Locale.ROOT).split("\\s+")) {
            sb.append(sb.isEmpty() ? "" : " ").append(app.parallax.core.text.TermKeys.term(app.parallax.core.text.TermKeys.key(w)));
        }
        return sb.toString();
    }

    private static String lowerIfCommon(ConflictKind kind, String words) {
        return switch (kind) {
            case MEAL, TIME_OF_DAY, NUMBER, ORDINAL -> words.toLowerCase(Locale.ROOT);
            default -> words;
        };
    }

    /** Where a claim first appears: the earliest article reporting it, and its relative position there. */
    private static double storyPosition(List<Passage> group, Map<String, Integer> articleOrder,
                                        Map<String, Integer> passageCounts) {
        Passage first = group.get(0);
        double relative = (double) first.index() / Math.max(1, passageCounts.get(first.articleId()));
        return relative + articleOrder.get(first.articleId()) * 1e-3;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!parent.get(id).equals(root)) {
            String next = parent.get(id);
            parent.put(id, root);
            id = next;
        }
        return root;
    }
}
