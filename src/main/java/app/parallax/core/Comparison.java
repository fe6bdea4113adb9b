package app.parallax.core;

import app.parallax.core.align.Aligner;
import app.parallax.core.align.Claim;
import app.parallax.core.align.ClaimBuilder;
import app.parallax.core.align.Link;
import app.parallax.core.article.Article;
import app.parallax.core.article.Passage;
import app.parallax.core.text.Segmenter;
import app.parallax.core.align.PassageEmbedder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's front door. {@link #run} goes through the stages in order: segment (articles into
 * passages), represent (tokens, typed values, sentence vectors), candidates (pairs worth weighing),
 * word vectors (the model's contextual vectors of the words of passages in candidate pairs), align
 * words and link (how much of each passage the other covers, weighed with the other evidence
 * by the fitted link model), compare values (where they stand, in two grades), claims (linked
 * passages grouped, with a verdict).
 *
 * <pre>{@code
 * ComparisonResult result = Comparison.compare(articles);
 * }</pre>
 *
 * Blocking and thread-agnostic; instances are immutable and may be shared between threads.
 */
public final class Comparison {

    private final Segmenter segmenter;
    private final Aligner aligner;
    private final PassageEmbedder embedder;

    private Comparison(Segmenter segmenter, Aligner aligner, PassageEmbedder embedder) {
        this.segmenter = segmenter;
        this.aligner = aligner;
        this.embedder = embedder;
    }

    /** The engine by words alone: fast, no model. */
    public static Comparison standard() {
        return new Comparison(new Segmenter(), new Aligner(), null);
    }

    /**
     * The same engine that also compares passages by meaning, with sentence vectors from
     * {@code embedder}. If the embedder fails, the comparison goes on by words alone and its
     * result says so ({@link ComparisonResult#engine()}).
     */
    public Comparison withEmbedder(PassageEmbedder embedder) {
        return new Comparison(segmenter, aligner, Objects.requireNonNull(embedder, "embedder"));
    }

    /**
     * The same engine with another minimum similarity for links: lower finds more loose
     * paraphrases and more false links. The default is {@link Aligner#DEFAULT_THRESHOLD}.
     *
     * @throws IllegalArgumentException unless {@code threshold} is in (0, 1]
     */
    public Comparison withLinkThreshold(double threshold) {
        return new Comparison(segmenter, new Aligner(threshold), embedder);
    }

    /** Compares with the standard engine and no progress reporting. */
    public static ComparisonResult compare(List<Article> articles) {
        return standard().run(articles, ProgressListener.NONE);
    }

    /**
     * Compares the articles.
     *
     * @param articles any number (0 and 1 give results without links); ids must be unique
     * @param progress told of progress; use {@link ProgressListener#NONE} to ignore
     * @return the result, never null
     * @throws IllegalArgumentException if two articles share an id
     */
    public ComparisonResult run(List<Article> articles, ProgressListener progress) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(progress, "progress");
        requireUniqueIds(articles);
        long total = articles.size() * 4L;
        List<Passage> passages = segment(articles);
        progress.progress(articles.size(), total, "segmenting");
        Vectors vectors = embed(passages, progress, articles.size(), total);
        Aligner.Representation represented = aligner.represent(articles, passages, vectors.byPassage());
        progress.progress(articles.size() * 2L, total, "finding candidates");
        Aligner.Candidates candidates = aligner.candidates(represented,
                vectors.byPassage().isEmpty() ? null : embedder);
        if (embedder != null && !vectors.byPassage().isEmpty()) {
            aligner.addWordVectors(represented, candidates, embedder::embedTokens);
        }
        progress.progress(articles.size() * 5L / 2, total, "aligning words and linking");
        Aligner.Decisions linked = aligner.link(represented, candidates);
        progress.progress(articles.size() * 3L, total, "comparing values");
        List<Link> links = aligner.compareValues(represented, linked);
        List<Claim> claims = ClaimBuilder.build(articles, passages, links);
        progress.progress(total, total, "done");
        return new ComparisonResult(articles, passages, links, claims, vectors.engine());
    }

    /**
     * The similarity the engine gives the best-matching passages of two texts, linked or not: the
     * score {@code pairs} prints. Each text is treated as a small article.
     */
    public double similarity(String left, String right) {
        List<Article> two = List.of(new Article("left", "", "left", "", "", left),
                new Article("right", "", "right", "", "", right));
        List<Passage> passages = segment(two);
        return aligner.bestScore(two, passages, embed(passages, ProgressListener.NONE, 0, 1).byPassage()).orElse(0);
    }

    /**
     * Every candidate pair of passages the engine weighs, with the evidence for linking it and the
     * decision: for fitting and checking the link model, not for display.
     */
    public List<Aligner.CandidateEvidence> evidence(List<Article> articles) {
        requireUniqueIds(articles);
        List<Passage> passages = segment(articles);
        Map<String, float[]> vectors = embed(passages, ProgressListener.NONE, 0, 1).byPassage();
        return aligner.evidence(articles, passages, vectors, texts -> {
            if (embedder == null || vectors.isEmpty()) {
                throw new PassageEmbedder.EmbeddingUnavailableException("no model", null);
            }
            return embedder.embedTokens(texts);
        });
    }

    private List<Passage> segment(List<Article> articles) {
        return articles.parallelStream().map(segmenter::segment).flatMap(List::stream).toList();
    }

    /** Sentence vectors of the content passages, and the engine description for the result. */
    private record Vectors(Map<String, float[]> byPassage, String engine) {
    }

    private Vectors embed(List<Passage> passages, ProgressListener progress, long done, long total) {
        if (embedder == null) {
            return new Vectors(Map.of(), ComparisonResult.ENGINE_WORDS);
        }
        progress.progress(done, total, "comparing meaning");
        List<Passage> content = passages.stream().filter(p -> !p.boilerplate()).toList();
        try {
            List<float[]> vectors = embedder.embed(content.stream().map(Passage::text).toList());
            Map<String, float[]> out = new HashMap<>();
            for (int i = 0; i < content.size(); i++) {
                out.put(content.get(i).id(), vectors.get(i));
            }
            return new Vectors(out, "words and meaning (" + embedder.modelName() + ")");
        } catch (PassageEmbedder.EmbeddingUnavailableException e) {
            return new Vectors(Map.of(), ComparisonResult.ENGINE_WORDS + "; " + e.getMessage());
        }
    }

    private static void requireUniqueIds(List<Article> articles) {
        Set<String> seen = new HashSet<>();
        for (Article a : articles) {
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("two articles have the id " + a.id());
            }
        }
    }
}
