package app.parallax.core.align;

import app.parallax.core.ProgressListener;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceClassifier;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.diff.WordDiff;
import app.parallax.core.text.Token;
import app.parallax.core.text.Tokenizer;
import app.parallax.core.text.WordAlignment;
import app.parallax.core.values.AttributeMatcher;
import app.parallax.core.values.SlotComparer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Links passages of different articles that report the same thing, all articles at once and
 * independent of order.
 * <ol>
 *   <li>Candidates come from an inverted index of content terms (rarest shared terms first) and,
 *       with sentence vectors, from each passage's nearest neighbours by meaning; only candidates
 *       are scored, by {@link LinkScorer}.</li>
 *   <li>A scored pair becomes a link when it clears the threshold and the two passages are each
 *       other's best match in their articles; when only one side is the other's best match, it
 *       needs a higher score, or the other side's best match must be the passage next to it (one
 *       long sentence saying what two short ones say); a pair that is not the best match of either
 *       side is linked only when very similar (a fact repeated within one article).</li>
 * </ol>
 */
public final class Aligner {

    /** Thresholds of one scoring mode. */
    record Thresholds(double link, double oneSided, double repeated, double weakBand) {
    }

    /** Words alone: IDF cosine. Just above the threshold, topic words alone can carry a score. */
    static final Thresholds WORDS = new Thresholds(0.25, 0.35, 0.8, 0.07);
    /** Words and meaning blended (see {@link LinkScorer}). */
    static final Thresholds MEANING = new Thresholds(0.42, 0.52, 0.8, 0.0);
    /** The floor for candidates the link model weighs: below it two passages share almost nothing. */
    static final Thresholds LOOSE = new Thresholds(0.12, 0.12, 0.12, 0.0);
    /** Minimum similarity for a link by words alone. */
    public static final double DEFAULT_THRESHOLD = WORDS.link();
    private static final int MAX_CANDIDATES = 24;
    private static final int MAX_MEANING_NEIGHBOURS = 12;
    private static final double MIN_NEIGHBOUR_COSINE = 0.5;
    /**
     * Nearest neighbours by meaning are searched exhaustively (quadratic); above this many passages
     * (about 100 articles of 60 sentences) only the term index proposes candidates, so cost stays
     * near-linear; the scores still use meaning.
     */
    private static final int MAX_PASSAGES_FOR_NEIGHBOURS = 6000;
    private static final int RARE_TERMS_IN_WEAK_BAND = 2;

    private final Double fixedThreshold;

    public Aligner() {
        this.fixedThreshold = null;
    }

    /** @param threshold minimum similarity in (0, 1] for two passages to be linked, in either mode */
    public Aligner(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.fixedThreshold = threshold;
    }

    /**
     * @param articles the articles, giving each passage's text and order
     * @param passages all passages of all articles; boilerplate ones are skipped
     * @param vectors  sentence vectors by passage id; empty to align by words alone
     * @return links with classified differences, side a always the earlier article; never null
     */
    public List<Link> align(List<Article> articles, List<Passage> passages, Map<String, float[]> vectors,
                            ProgressListener progress) {
        Representation r = represent(articles, passages, vectors);
        progress.progress(1, 4, "indexing passages");
        Candidates c = candidates(r);
        progress.progress(2, 4, "aligning passages");
        Decisions d = link(r, c);
        progress.progress(3, 4, "comparing values");
        List<Link> links = compareValues(r, d);
        progress.progress(4, 4, "aligned");
        return links;
    }

    /**
     * Stage "represent": each content passage's tokens, typed values and vector, and the term index
     * over them.
     */
    public Representation represent(List<Article> articles, List<Passage> passages, Map<String, float[]> vectors) {
        List<PassageProfile> profiles = profiles(articles, passages, vectors);
        return new Representation(articles, profiles, new TermIndex(profiles), !vectors.isEmpty());
    }

    /**
     * Stage "candidates": pairs proposed by shared rare terms and by nearest meaning, with their
     * blended similarity; only pairs above a floor go on.
     */
    public Candidates candidates(Representation r) {
        return candidates(r, null);
    }

    /**
     * Stage "candidates", with each passage's nearest neighbours by meaning read from
     * {@code neighbourStore} when it kept them for the same passages, and handed to it when
     * computed ({@link PassageEmbedder#findNeighbours}); the candidates are the same either way.
     *
     * @param neighbourStore the embedder that gave the passages' vectors; null to always search
     */
    public Candidates candidates(Representation r, @org.jspecify.annotations.Nullable PassageEmbedder neighbourStore) {
        boolean model = r.meaning && fixedThreshold == null;
        Thresholds t = model ? LOOSE : thresholds(r.meaning);
        return new Candidates(candidateScores(r.profiles, r.index, new LinkScorer(r.index), t,
                meaningNeighbours(r.profiles, neighbourStore)));
    }

    /** Each passage's nearest neighbours by meaning; none above {@link #MAX_PASSAGES_FOR_NEIGHBOURS} passages. */
    private static int[][] meaningNeighbours(List<PassageProfile> profiles,
                                             @org.jspecify.annotations.Nullable PassageEmbedder store) {
        return profiles.size() <= MAX_PASSAGES_FOR_NEIGHBOURS
                ? NeighbourLists.of(profiles, MAX_MEANING_NEIGHBOURS, MIN_NEIGHBOUR_COSINE, store)
                : new int[profiles.size()][0];
    }

    /**
     * Stage "word vectors": the model's contextual vectors of the words of every passage in a
     * candidate pair, so that the word aligner can pair "seized" with "captured" where both play
     * one part. Only passages some candidate pair holds are asked for.
     *
     * @param source token vectors of passage texts, in order; may throw
     *               {@link PassageEmbedder.EmbeddingUnavailableException}, and then words are
     *               aligned by form and value alone
     */
    public void addWordVectors(Representation r, Candidates c,
                               java.util.function.Function<List<String>, List<TokenVectors>> source) {
        java.util.TreeSet<Integer> needed = new java.util.TreeSet<>();
        c.scores.keySet().forEach(k -> {
            needed.add((int) (k >>> 32));
            needed.add((int) (long) k);
        });
        List<PassageProfile> all = needed.stream().map(r.profiles::get).toList();
        for (int from = 0; from < all.size(); from += WORD_VECTOR_CHUNK) {
            List<PassageProfile> ps = all.subList(from, Math.min(all.size(), from + WORD_VECTOR_CHUNK));
            List<TokenVectors> pieces;
            try {
                pieces = source.apply(ps.stream().map(p -> p.passage.text()).toList());
            } catch (PassageEmbedder.EmbeddingUnavailableException e) {
                return;
            }
            IntStream.range(0, ps.size()).parallel().forEach(i -> {
                PassageProfile p = ps.get(i);
                p.wordVectors = pieces.get(i) == null ? null : WordVectors.of(p.words, p.passage.start(), pieces.get(i));
            });
        }
    }

    /**
     * Passages whose word-piece vectors are fetched at once: the pieces (about 45 KB a passage)
     * are dropped once their content words' vectors are made, so a big story never holds them all.
     */
    private static final int WORD_VECTOR_CHUNK = 256;

    /**
     * Stages "align words" and "link": each candidate pair's words are aligned by form and value,
     * giving how much of the shorter passage the other covers, and the link model weighs that with
     * the other evidence ({@link LinkEvidence}, whose {@code softCover} compares the words in
     * context); the pairs it keeps are aligned again with the word vectors, for the value
     * comparison ("detained" / "arrested"). Aligning every candidate pair in context cost more
     * than the rest of the comparison and moved the link model's ranking by nothing measurable.
     * By words alone, best matches above a threshold are kept.
     */
    public Decisions link(Representation r, Candidates c) {
        boolean model = r.meaning && fixedThreshold == null;
        if (model) {
            return decide(r.profiles, c.scores, r.articles, r.index);
        }
        return new Decisions(select(r.profiles, c.scores, r.articles.size(), thresholds(r.meaning)), Map.of(), c.scores);
    }

    /**
     * Stage "compare values": each linked pair's typed values are compared where they stand and
     * its other word changes classified.
     */
    public List<Link> compareValues(Representation r, Decisions d) {
        List<Link> links = new ArrayList<>(d.pairs.parallelStream().map(pair -> link(r.profiles.get((int) pair[0]),
                r.profiles.get((int) pair[1]), Double.longBitsToDouble(pair[2]), r.articles,
                d.alignments.get(pairKey((int) pair[0], (int) pair[1])))).toList());
        links.addAll(attributeLinks(r, d));
        return links;
    }

    /**
     * Passages the link stage left apart (they report different facts) that give one attribute two
     * values: a name spelled two ways, a figure of the same name or counting the same thing
     * ({@link AttributeMatcher}). Linked with only those flags, as values differ.
     */
    private static List<Link> attributeLinks(Representation r, Decisions d) {
        List<String> lowerTexts = r.articles.stream().map(a -> a.text().toLowerCase(java.util.Locale.ROOT)).toList();
        List<AttributeMatcher.Passage> passages = new ArrayList<>(r.profiles.size());
        for (PassageProfile p : r.profiles) {
            String text = r.articles.get(p.articleIndex).text();
            passages.add(new AttributeMatcher.Passage(p.articleIndex, new SlotComparer.Side(p.tokens,
                    p.passage.boilerplate() ? List.of() : p.values, text), lowerTexts.get(p.articleIndex)));
        }
        java.util.Set<Long> linked = new java.util.HashSet<>();
        d.pairs.forEach(pair -> linked.add(AttributeMatcher.pairKey((int) pair[0], (int) pair[1])));
        List<Link> out = new ArrayList<>();
        for (AttributeMatcher.Found f : AttributeMatcher.find(passages, linked)) {
            double score = d.scores.getOrDefault(pairKey(f.a(), f.b()), 0.0);
            out.add(Link.sameAttribute(r.profiles.get(f.a()).passage.id(), r.profiles.get(f.b()).passage.id(),
                    Math.round(score * 1000) / 1000.0, f.flags()));
        }
        return out;
    }

    /** What the aligner knows of the passages (stage "represent"); opaque outside this package. */
    public static final class Representation {
        private final List<Article> articles;
        private final List<PassageProfile> profiles;
        private final TermIndex index;
        private final boolean meaning;

        private Representation(List<Article> articles, List<PassageProfile> profiles, TermIndex index, boolean meaning) {
            this.articles = articles;
            this.profiles = profiles;
            this.index = index;
            this.meaning = meaning;
        }
    }

    /** Candidate pairs with their blended similarity (stage "candidates"). */
    public static final class Candidates {
        private final Map<Long, Double> scores;

        private Candidates(Map<Long, Double> scores) {
            this.scores = scores;
        }

        /** How many pairs are weighed. */
        public int size() {
            return scores.size();
        }
    }

    /** The pairs the link stage keeps, in passage order. */
    public static final class Decisions {
        private final List<long[]> pairs;
        /** The word alignment the link stage made of each kept pair, by pair key; empty by words alone. */
        private final Map<Long, WordAlignment> alignments;

        /** The candidates' blended similarity, by pair key. */
        private final Map<Long, Double> scores;

        private Decisions(List<long[]> pairs, Map<Long, WordAlignment> alignments, Map<Long, Double> scores) {
            this.pairs = pairs;
            this.alignments = alignments;
            this.scores = scores;
        }

        /** How many links. */
        public int size() {
            return pairs.size();
        }
    }

    /**
     * Every candidate pair the meaning-aware engine weighs, with its evidence and whether it is
     * linked: for fitting and checking the link model ({@code src/tools/fit_link_model.py}).
     */
    public List<CandidateEvidence> evidence(List<Article> articles, List<Passage> passages, Map<String, float[]> vectors,
                                            java.util.function.Function<List<String>, List<TokenVectors>> wordVectors) {
        List<PassageProfile> profiles = profiles(articles, passages, vectors);
        TermIndex index = new TermIndex(profiles);
        Map<Long, Double> scores = candidateScores(profiles, index, new LinkScorer(index), LOOSE,
                meaningNeighbours(profiles, null));
        addWordVectors(new Representation(articles, profiles, index, !vectors.isEmpty()), new Candidates(scores), wordVectors);
        BestMatches best = new BestMatches(profiles, articles.size(), scores);
        List<CandidateEvidence> out = new ArrayList<>();
        scores.forEach((key, s) -> {
            PassageProfile a = profiles.get((int) (key >>> 32));
            PassageProfile b = profiles.get((int) (long) key);
            WordAlignment al = WordAlignment.of(a.words, b.words);
            LinkEvidence e = evidence(a, b, s, best, index, al);
            out.add(new CandidateEvidence(a.passage.id(), b.passage.id(), s, e, LinkModel.standard().links(e)
                    || editedValue(a, b, al, articles)));
        });
        out.sort(java.util.Comparator.comparing(CandidateEvidence::a).thenComparing(CandidateEvidence::b));
        return out;
    }

    /** One weighed pair: passage ids, blended similarity, evidence, decision. */
    public record CandidateEvidence(String a, String b, double score, LinkEvidence evidence, boolean linked) {
    }

    /** Pairs the link model accepts, in passage order, with the word alignments made to weigh them. */
    private static Decisions decide(List<PassageProfile> profiles, Map<Long, Double> scores, List<Article> articles,
                                    TermIndex index) {
        int articleCount = articles.size();
        BestMatches best = new BestMatches(profiles, articleCount, scores);
        LinkModel model = LinkModel.standard();
        List<long[]> out = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Long, WordAlignment> alignments = new ConcurrentHashMap<>();
        scores.entrySet().parallelStream().forEach(en -> {
            PassageProfile a = profiles.get((int) (en.getKey() >>> 32));
            PassageProfile b = profiles.get((int) (long) en.getKey());
            WordAlignment al = WordAlignment.of(a.words, b.words);
            if (model.links(evidence(a, b, en.getValue(), best, index, al, model)) || editedValue(a, b, al, articles)) {
                out.add(new long[] {a.index, b.index, Double.doubleToLongBits(en.getValue())});
                alignments.put(en.getKey(), a.wordVectors == null || b.wordVectors == null ? al
                        : WordAlignment.of(a.words, b.words, a.wordVectors, b.wordVectors));
            }
        });
        List<long[]> sorted = new ArrayList<>(out);
        sorted.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        return new Decisions(sorted, alignments, scores);
    }

    /**
     * Share of each passage's content words the other holds above which two passages are one
     * sentence edited ("The leaders met for lunch." / "… for dinner.").
     */
    static final double NEAR_COPY = 0.6;

    /**
     * One sentence with a value changed: the two hold most of each other's words and a value
     * differs. Linked whatever the model says, because the model weighs words by their rarity in
     * the story, and in a story of two short passages the changed word is the rarest of all.
     */
    private static boolean editedValue(PassageProfile a, PassageProfile b, WordAlignment al, List<Article> articles) {
        return al.coverageOfA() >= NEAR_COPY && al.coverageOfB() >= NEAR_COPY
                && !SlotComparer.compare(new SlotComparer.Side(a.tokens, a.values, articles.get(a.articleIndex).text()),
                        new SlotComparer.Side(b.tokens, b.values, articles.get(b.articleIndex).text()), al).isEmpty();
    }

    private static final double SHARED_RARE_SCALE = 4;
    /** A pair this close counts towards its articles' affinity and as a neighbour's support. */
    static final double CLOSE_PAIR = 0.45;
    private static final double SAME_VALUES_SCALE = 3;
    private static final double LONG_SENTENCE_WORDS = 40;

    /** The signals for linking a and b (see {@link LinkEvidence}). */
    static LinkEvidence evidence(PassageProfile a, PassageProfile b, double score, BestMatches best, TermIndex index,
                                 WordAlignment al) {
        return evidence(a, b, score, best, index, al, null);
    }

    /**
     * @param model when given, {@code softCover} (the costliest signal: every content word of one
     *              passage against every one of the other) is computed only if it can change this
     *              model's decision, and then only until the range it can still take decides alike
     *              throughout; otherwise it is left at its lower bound, which decides alike
     */
    static LinkEvidence evidence(PassageProfile a, PassageProfile b, double score, BestMatches best, TermIndex index,
                                 WordAlignment al, @org.jspecify.annotations.Nullable LinkModel model) {
        double[] coverA = idfCoverage(a, al, true);
        double[] coverB = idfCoverage(b, al, false);
        boolean aShorter = coverA[1] <= coverB[1];
        double shorter = aShorter ? coverA[0] : coverB[0];
        double longer = aShorter ? coverB[0] : coverA[0];
        double contentWords = Math.max(1, Math.min(coverA[2], coverB[2]));
        boolean bestForA = best.isBest(a, b, score);
        boolean bestForB = best.isBest(b, a, score);
        boolean vectors = a.vector != null && b.vector != null;
        double cosine = vectors ? LinkScorer.dot(a.vector, b.vector) : 0;
        double meaning = vectors ? LinkScorer.meaningOf(cosine) : 0;
        LinkEvidence e = new LinkEvidence(meaning, cosine, index.cosine(a, b), shorter, longer,
                Math.min(1, index.sharedRareTerms(a, b) / SHARED_RARE_SCALE),
                Math.min(1, sameValues(a, b) / SAME_VALUES_SCALE),
                Math.min(1, otherValues(a, b) / SAME_VALUES_SCALE),
                bestForA && bestForB ? 1 : 0, bestForA != bestForB ? 1 : 0,
                Math.min(1, Math.log(contentWords) / Math.log(LONG_SENTENCE_WORDS)), best.affinity(a, b),
                best.neighbours(a, b, best.byOrder) ? 1 : 0,
                shorter, bestForA || bestForB ? best.sharedNames(a, b) : 0);
        PassageProfile small = aShorter ? a : b;
        PassageProfile large = aShorter ? b : a;
        if (model != null) {
            double[] bounds = ContextCover.bounds(small, large);
            if (bounds != null && !model.undecidedBy(e, SOFT_COVER, bounds[0], bounds[1])) {
                return e.withSoftCover(bounds[0]);
            }
            return e.withSoftCover(ContextCover.softCover(small, large, shorter, model.settledBy(e, SOFT_COVER)));
        }
        return e.withSoftCover(ContextCover.softCover(small, large, shorter));
    }

    private static final int SOFT_COVER = LinkEvidence.NAMES.indexOf("softCover");

    /**
     * {covered share by IDF, total IDF weight, content word count} of one side: its content words
     * outside the attribution ({@link PassageProfile#factContent}), weighed by IDF.
     */
    private static double[] idfCoverage(PassageProfile p, WordAlignment al, boolean sideA) {
        double covered = 0;
        for (int k = 0; k < p.factContent.length; k++) {
            int i = p.factContent[k];
            if ((sideA ? al.partnerOfA(i) : al.partnerOfB(i)) >= 0) {
                covered += p.weighed.factIdf[k];
            }
        }
        double all = p.weighed.factIdfSum;
        return new double[] {all == 0 ? 0 : covered / all, all, p.factContent.length};
    }

    /** Values of a's that b contradicts by a comparable value it does not share (names aside). */
    private static int otherValues(PassageProfile a, PassageProfile b) {
        int n = 0;
        for (app.parallax.core.values.Value va : a.values) {
            if (va.isName() || va.hedge().hedged() || b.values.stream().anyMatch(vb -> app.parallax.core.values.ValueEquivalence.same(va, vb))) {
                continue;
            }
            if (b.values.stream().anyMatch(vb -> app.parallax.core.values.ValueEquivalence.comparable(va, vb)
                    && !vb.hedge().hedged() && a.values.stream().noneMatch(x -> app.parallax.core.values.ValueEquivalence.same(x, vb)))) {
                n++;
            }
        }
        return n;
    }

    /** Typed values both passages state alike (names aside: rare shared terms count those). */
    private static int sameValues(PassageProfile a, PassageProfile b) {
        int n = 0;
        for (app.parallax.core.values.Value va : a.values) {
            if (va.isName()) {
                continue;
            }
            for (app.parallax.core.values.Value vb : b.values) {
                if (app.parallax.core.values.ValueEquivalence.same(va, vb)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * The highest similarity between any passage of {@code a} and any of {@code b}, scored exactly
     * as {@link #align} scores candidates, whether or not it would be linked; empty when either has
     * no content passage.
     */
    public OptionalDouble bestScore(List<Article> articles, List<Passage> passages, Map<String, float[]> vectors) {
        List<PassageProfile> profiles = profiles(articles, passages, vectors);
        LinkScorer scorer = new LinkScorer(new TermIndex(profiles));
        double best = -1;
        for (PassageProfile p : profiles) {
            for (PassageProfile q : profiles) {
                if (p.articleIndex < q.articleIndex) {
                    best = Math.max(best, scorer.score(p, q));
                }
            }
        }
        return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
    }

    private Thresholds thresholds(boolean meaning) {
        Thresholds t = meaning ? MEANING : WORDS;
        if (fixedThreshold == null) {
            return t;
        }
        double shift = fixedThreshold - t.link();
        return new Thresholds(fixedThreshold, t.oneSided() + shift, Math.max(t.repeated(), fixedThreshold), t.weakBand());
    }

    private static List<PassageProfile> profiles(List<Article> articles, List<Passage> passages,
                                                 Map<String, float[]> vectors) {
        Map<String, Integer> articleIndex = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            articleIndex.put(articles.get(i).id(), i);
        }
        List<Passage> content = passages.stream().filter(p -> !p.boilerplate()).toList();
        for (Passage p : content) {
            if (!articleIndex.containsKey(p.articleId())) {
                throw new IllegalArgumentException("passage " + p.id() + " has no article");
            }
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            order.put(passages.get(i).id(), i);
        }
        List<PassageProfile> out = IntStream.range(0, content.size()).parallel().mapToObj(i -> {
            Passage p = content.get(i);
            int ai = articleIndex.get(p.articleId());
            PassageProfile profile = new PassageProfile(i, ai, order.get(p.id()), p,
                    Tokenizer.tokenize(articles.get(ai).text(), p.start(), p.end()), articles.get(ai).text(),
                    ReportDates.of(articles.get(ai)));
            profile.vector = vectors.get(p.id());
            return profile;
        }).toList();
        Acronyms.addAliases(out);
        return out;
    }

    private static Map<Long, Double> candidateScores(List<PassageProfile> profiles, TermIndex index,
                                                     LinkScorer scorer, Thresholds t, int[][] meaning) {
        Map<Long, Double> scores = new ConcurrentHashMap<>();
        profiles.parallelStream().forEach(p -> {
            Set<Integer> candidates = new LinkedHashSet<>();
            for (int other : index.candidates(p, MAX_CANDIDATES)) {
                candidates.add(other);
            }
            for (int other : meaning[p.index]) {
                candidates.add(other);
            }
            for (int other : candidates) {
                PassageProfile q = profiles.get(other);
                long key = pairKey(p.index, q.index);
                if (!scores.containsKey(key)) {
                    double s = scorer.score(p, q);
                    if (s >= t.link() && (s >= t.link() + t.weakBand()
                            || index.sharedRareTerms(p, q) >= RARE_TERMS_IN_WEAK_BAND)) {
                        scores.put(key, s);
                    }
                }
            }
        });
        return scores;
    }

    private static List<long[]> select(List<PassageProfile> profiles, Map<Long, Double> scores, int articleCount,
                                       Thresholds t) {
        BestMatches best = new BestMatches(profiles, articleCount, scores);
        List<long[]> out = new ArrayList<>();
        scores.forEach((key, s) -> {
            PassageProfile a = profiles.get((int) (key >>> 32));
            PassageProfile b = profiles.get((int) (long) key);
            if (keep(a, b, s, best, t)) {
                out.add(new long[] {a.index, b.index, Double.doubleToLongBits(s)});
            }
        });
        out.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        return out;
    }

    private static boolean keep(PassageProfile a, PassageProfile b, double s, BestMatches best, Thresholds t) {
        boolean bestForA = best.isBest(a, b, s);
        boolean bestForB = best.isBest(b, a, s);
        if (bestForA && bestForB) {
            return true;
        }
        if (bestForA || bestForB) {
            return s >= t.oneSided() || (bestForB && best.bestIsNextTo(a, b)) || (bestForA && best.bestIsNextTo(b, a));
        }
        return s >= t.repeated();
    }

    /** Each passage's best score and best partner in every other article. */
    static final class BestMatches {
        private final double[][] score;
        private final int[][] partner;
        private final List<PassageProfile> profiles;

        private final Map<Long, Double> scores;
        private final double[][] affinity;
        private final double[][] sharedNames;
        /** Articles with fewer passages than this are too short for their names to say which event they report. */
        private static final int ARTICLE_PASSAGES = 3;
        /** Shorter name words ("Mr", "US") say little about which event an article reports. */
        private static final int MIN_NAME_WORD = 3;
        final Map<Integer, PassageProfile> byOrder = new HashMap<>();

        BestMatches(List<PassageProfile> profiles, int articleCount, Map<Long, Double> scores) {
            this.profiles = profiles;
            this.scores = scores;
            profiles.forEach(p -> byOrder.put(p.order, p));
            score = new double[profiles.size()][articleCount];
            partner = new int[profiles.size()][articleCount];
            scores.forEach((key, s) -> {
                offer((int) (key >>> 32), (int) (long) key, s);
                offer((int) (long) key, (int) (key >>> 32), s);
            });
            int[] sizes = new int[articleCount];
            profiles.forEach(p -> sizes[p.articleIndex]++);
            double[][] close = new double[articleCount][articleCount];
            for (int p = 0; p < profiles.size(); p++) {
                for (int art = 0; art < articleCount; art++) {
                    if (score[p][art] >= CLOSE_PAIR) {
                        close[profiles.get(p).articleIndex][art]++;
                    }
                }
            }
            sharedNames = sharedNames(profiles, articleCount);
            affinity = new double[articleCount][articleCount];
            for (int x = 0; x < articleCount; x++) {
                for (int y = 0; y < articleCount; y++) {
                    int smaller = Math.max(1, Math.min(sizes[x], sizes[y]));
                    affinity[x][y] = Math.min(1, Math.max(close[x][y], close[y][x]) / smaller);
                }
            }
        }

        /** See {@link LinkEvidence#sharedNames()}. */
        double sharedNames(PassageProfile a, PassageProfile b) {
            return sharedNames[a.articleIndex][b.articleIndex];
        }

        /**
         * Jaccard of what each article names and states: the words of its names (people, places,
         * organisations, countries) and its figures, dates and times (vague ones aside).
         */
        private static double[][] sharedNames(List<PassageProfile> profiles, int articleCount) {
            List<Set<String>> names = new ArrayList<>();
            for (int i = 0; i < articleCount; i++) {
                names.add(new java.util.HashSet<>());
            }
            for (PassageProfile p : profiles) {
                if (p.passage.boilerplate()) {
                    continue;
                }
                for (app.parallax.core.values.Value v : p.values) {
                    if (v.isName()) {
                        for (String w : v.norm().split(" ")) {
                            if (w.length() >= MIN_NAME_WORD) {
                                names.get(p.articleIndex).add(w);
                            }
                        }
                    } else if (v.hedge() != app.parallax.core.values.Hedge.VAGUE) {
                        names.get(p.articleIndex).add(v.kind().name() + ":" + v.norm());
                    }
                }
            }
            int[] passages = new int[articleCount];
            profiles.stream().filter(p -> !p.passage.boilerplate()).forEach(p -> passages[p.articleIndex]++);
            double[][] out = new double[articleCount][articleCount];
            for (int x = 0; x < articleCount; x++) {
                for (int y = x + 1; y < articleCount; y++) {
                    if (passages[x] < ARTICLE_PASSAGES || passages[y] < ARTICLE_PASSAGES) {
                        out[x][y] = out[y][x] = LinkModel.standard().neutralSharedNames();
                        continue;
                    }
                    Set<String> a = names.get(x);
                    long both = a.stream().filter(names.get(y)::contains).count();
                    long either = a.size() + names.get(y).size() - both;
                    out[x][y] = out[y][x] = either == 0 ? 0 : (double) both / either;
                }
            }
            return out;
        }

        /** See {@link LinkEvidence#affinity()}. */
        double affinity(PassageProfile a, PassageProfile b) {
            return affinity[a.articleIndex][b.articleIndex];
        }

        /** See {@link LinkEvidence#neighbours()}; {@code byOrder} finds a passage by its order. */
        boolean neighbours(PassageProfile a, PassageProfile b, Map<Integer, PassageProfile> byOrder) {
            for (int d = -1; d <= 1; d += 2) {
                PassageProfile x = byOrder.get(a.order + d);
                PassageProfile y = byOrder.get(b.order + d);
                if (x != null && y != null && x.articleIndex == a.articleIndex && y.articleIndex == b.articleIndex) {
                    Double s = scores.get(pairKey(x.index, y.index));
                    if (s != null && s >= CLOSE_PAIR) {
                        return true;
                    }
                }
            }
            return false;
        }

        private void offer(int p, int q, double s) {
            int art = profiles.get(q).articleIndex;
            if (s > score[p][art] || (s == score[p][art] && q < partner[p][art])) {
                score[p][art] = s;
                partner[p][art] = q;
            }
        }

        /** {@code q} is (one of) {@code p}'s best matches in q's article. */
        boolean isBest(PassageProfile p, PassageProfile q, double s) {
            return s >= score[p.index][q.articleIndex];
        }

        /**
         * {@code p}'s best match in q's article sits right next to {@code q}: p says in one passage
         * what q's article says in two.
         */
        boolean bestIsNextTo(PassageProfile p, PassageProfile q) {
            PassageProfile other = profiles.get(partner[p.index][q.articleIndex]);
            return other != q && Math.abs(other.order - q.order) == 1;
        }
    }

    /** @param made the alignment the link stage already made of the pair, or null to make it here */
    private static Link link(PassageProfile a, PassageProfile b, double score, List<Article> articles,
                             @org.jspecify.annotations.Nullable WordAlignment made) {
        String textA = articles.get(a.articleIndex).text();
        String textB = articles.get(b.articleIndex).text();
        WordAlignment alignment = made != null ? made : WordAlignment.of(a.words, b.words);
        List<Difference> flags = SlotComparer.compare(new SlotComparer.Side(a.tokens, a.values, textA),
                new SlotComparer.Side(b.tokens, b.values, textB), alignment);
        List<Difference> words = DifferenceClassifier.classify(a.tokens, b.tokens, WordDiff.diff(a.tokens, b.tokens),
                textA, textB, score);
        List<Difference> diffs = new ArrayList<>(flags);
        for (Difference d : words) {
            if (flags.stream().noneMatch(f -> overlaps(f, d))) {
                diffs.add(d);
            } else if (!d.isConflict()) {
                diffs.addAll(outsideFlags(d, flags, a.tokens, b.tokens, textA, textB));
            }
        }
        diffs.sort(java.util.Comparator.comparing((Difference d) -> !d.isConflict())
                .thenComparingInt(d -> d.aRange().start()));
        return new Link(a.passage.id(), b.passage.id(), Math.round(score * 1000) / 1000.0, diffs,
                alignment.sharedA(), alignment.sharedB(), Math.round(alignment.coverageOfShorter() * 1000) / 1000.0);
    }

    /**
     * The words of a wording, detail or spelling change that no flag covers, as changes of their
     * own: a change running through a flagged value ('conversation and lunch' / 'meetings at an
     * informal dinner') still shows its other words, while the flagged ones are told once, by the
     * flag. Runs left on both sides pair up in order; a run without a partner is one-sided detail.
     */
    private static List<Difference> outsideFlags(Difference d, List<Difference> flags, List<Token> ta,
                                                 List<Token> tb, String textA, String textB) {
        List<TextRange> ra = freeRuns(ta, d.aRange(), flags.stream().map(Difference::aRange).toList());
        List<TextRange> rb = freeRuns(tb, d.bRange(), flags.stream().map(Difference::bRange).toList());
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < Math.max(ra.size(), rb.size()); i++) {
            TextRange x = i < ra.size() ? ra.get(i) : editPoint(ra, d.aRange());
            TextRange y = i < rb.size() ? rb.get(i) : editPoint(rb, d.bRange());
            DifferenceKind kind = x.length() == 0 || y.length() == 0 ? DifferenceKind.DETAIL : d.kind();
            out.add(new Difference(kind, null, x.of(textA), y.of(textB), x, y));
        }
        return out;
    }

    /** Maximal runs of the tokens inside {@code range} that no flagged range touches. */
    private static List<TextRange> freeRuns(List<Token> tokens, TextRange range, List<TextRange> flagged) {
        List<TextRange> runs = new ArrayList<>();
        TextRange run = null;
        for (Token t : tokens) {
            TextRange r = t.range();
            if (r.start() < range.start() || r.end() > range.end()) {
                continue;
            }
            boolean free = flagged.stream().noneMatch(f -> f.overlaps(r));
            if (free) {
                run = run == null ? r : new TextRange(run.start(), r.end());
            } else if (run != null) {
                runs.add(run);
                run = null;
            }
        }
        if (run != null) {
            runs.add(run);
        }
        return runs;
    }

    /** An empty range after the last run of a side, or at the start of the change when it has none. */
    private static TextRange editPoint(List<TextRange> runs, TextRange change) {
        int at = runs.isEmpty() ? change.start() : runs.get(runs.size() - 1).end();
        return new TextRange(at, at);
    }

    private static boolean overlaps(Difference f, Difference d) {
        return f.aRange().overlaps(d.aRange()) || f.bRange().overlaps(d.bRange());
    }

    /** Orders a pair so the passage of the earlier article (then earlier passage) comes first. */
    private static long pairKey(int x, int y) {
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        return ((long) lo << 32) | hi;
    }
}
