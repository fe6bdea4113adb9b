package app.parallax.core;

import app.parallax.core.align.Claim;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.classify.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one comparison: the articles, their passages, the links between passages and the
 * claims they form. Immutable; a new run makes a new result. The reader, the JSON and PDF
 * exports and the terminal report all display this object and never recompute it.
 */
public final class ComparisonResult {

    private final List<Article> articles;
    private final List<Passage> passages;
    private final List<Link> links;
    private final List<Claim> claims;
    private final String engine;
    private final Map<String, Article> articleById = new LinkedHashMap<>();
    private final Map<String, Passage> passageById = new HashMap<>();
    private final Map<String, List<Passage>> passagesByArticle = new LinkedHashMap<>();
    private final Map<String, List<Link>> linksByPassage = new HashMap<>();
    private final Map<String, Claim> claimByPassage = new HashMap<>();

    /** What {@link #engine()} says of a comparison by words alone. */
    public static final String ENGINE_WORDS = "words only";

    /** A result of the comparison by words alone. @throws NullPointerException if any list is null */
    public ComparisonResult(List<Article> articles, List<Passage> passages, List<Link> links, List<Claim> claims) {
        this(articles, passages, links, claims, ENGINE_WORDS);
    }

    /**
     * @param engine how the passages were compared, for status lines: {@link #ENGINE_WORDS}, or
     *               "words and meaning (model)", or words only with the reason the model failed
     * @throws NullPointerException if any argument is null
     */
    public ComparisonResult(List<Article> articles, List<Passage> passages, List<Link> links, List<Claim> claims,
                            String engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.articles = List.copyOf(articles);
        this.passages = List.copyOf(passages);
        this.links = List.copyOf(links);
        this.claims = List.copyOf(claims);
        this.articles.forEach(a -> {
            articleById.put(a.id(), a);
            passagesByArticle.put(a.id(), new ArrayList<>());
        });
        for (Passage p : this.passages) {
            passageById.put(p.id(), p);
            passagesByArticle.computeIfAbsent(p.articleId(), k -> new ArrayList<>()).add(p);
        }
        for (Link l : this.links) {
            linksByPassage.computeIfAbsent(l.a(), k -> new ArrayList<>()).add(l);
            linksByPassage.computeIfAbsent(l.b(), k -> new ArrayList<>()).add(l);
        }
        for (Claim c : this.claims) {
            c.passageIds().forEach(id -> claimByPassage.put(id, c));
        }
    }

    /** How the passages were compared, e.g. "words and meaning (bge-small-en-v1.5-q)". */
    public String engine() {
        return engine;
    }

    /** An empty result: no articles. */
    public static ComparisonResult empty() {
        return new ComparisonResult(List.of(), List.of(), List.of(), List.of());
    }

    public List<Article> articles() {
        return articles;
    }

    public List<Passage> passages() {
        return passages;
    }

    public List<Link> links() {
        return links;
    }

    /** Claims in story order. */
    public List<Claim> claims() {
        return claims;
    }

    public Optional<Article> findArticle(String id) {
        return Optional.ofNullable(articleById.get(id));
    }

    /** @throws IllegalArgumentException if no article has this id */
    public Article requireArticle(String id) {
        return findArticle(id).orElseThrow(() -> new IllegalArgumentException("no article " + id));
    }

    public Optional<Passage> findPassage(String id) {
        return Optional.ofNullable(passageById.get(id));
    }

    /** @throws IllegalArgumentException if no passage has this id */
    public Passage requirePassage(String id) {
        return findPassage(id).orElseThrow(() -> new IllegalArgumentException("no passage " + id));
    }

    /** The article's passages in text order; empty for an unknown id. */
    public List<Passage> passagesOf(String articleId) {
        return Collections.unmodifiableList(passagesByArticle.getOrDefault(articleId, List.of()));
    }

    /** The passage of an article covering a text offset, if any (a boilerplate line or a gap has none). */
    public Optional<Passage> passageAt(String articleId, int offset) {
        List<Passage> passages = passagesByArticle.getOrDefault(articleId, List.of());
        int lo = 0;
        int hi = passages.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Passage p = passages.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Links touching the passage; empty when none. */
    public List<Link> linksOf(String passageId) {
        return Collections.unmodifiableList(linksByPassage.getOrDefault(passageId, List.of()));
    }

    /** The claim a passage belongs to; empty for boilerplate. */
    public Optional<Claim> findClaim(String passageId) {
        return Optional.ofNullable(claimByPassage.get(passageId));
    }

    /** The passage of {@code articleId} in {@code claim}, if that article reports it (first one). */
    public Optional<Passage> passageIn(Claim claim, String articleId) {
        return claim.passageIds().stream().map(passageById::get)
                .filter(p -> p.articleId().equals(articleId)).findFirst();
    }

    /** Claims with the given verdict, in story order. */
    public List<Claim> claims(Verdict verdict) {
        Objects.requireNonNull(verdict, "verdict");
        return claims.stream().filter(c -> c.verdict() == verdict).toList();
    }

    /**
     * Share of an article's non-boilerplate passages that at least one other outlet also reports,
     * in [0, 1]; 0 for an article without passages.
     */
    public double sharedShare(String articleId) {
        List<Passage> own = passagesOf(articleId).stream().filter(p -> !p.boilerplate()).toList();
        if (own.isEmpty()) {
            return 0;
        }
        long shared = own.stream().filter(p -> !linksOf(p.id()).isEmpty()).count();
        return (double) shared / own.size();
    }
}
