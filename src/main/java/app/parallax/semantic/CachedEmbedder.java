package app.parallax.semantic;

import app.parallax.core.align.PassageEmbedder;
import app.parallax.core.align.TokenVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Embeds passages through the disk caches: cached texts cost nothing, only the misses go to the
 * model, which is therefore loaded only when there are misses. A miss is run once for both
 * outputs: sentence vectors asked for leave their token vectors {@linkplain TokenVectorCache#hold
 * held} in memory for a later {@link #embedTokens} of the same run, and token vectors asked for
 * store the sentence vectors the vector cache lacks. Each call for sentence vectors first forgets
 * the vectors held by the one before. Nearest-neighbour lists by meaning are kept in a cache of
 * their own ({@link NeighbourCache}), so a re-comparison of the same passages skips that search.
 */
final class CachedEmbedder implements PassageEmbedder {

    /**
     * Misses are run in chunks, so that the token vectors of a big story (about 45 KB a passage
     * as floats) never sit in memory all at once before they are packed to be held or written.
     * The vector cache is still written once per call: each write rewrites whole bucket files.
     */
    private static final int CHUNK = 64;
    private final OnnxSentenceModel model;
    private final EmbeddingCache cache;
    private final TokenVectorCache tokens;
    private final NeighbourCache neighbours;

    CachedEmbedder(OnnxSentenceModel model, EmbeddingCache cache, TokenVectorCache tokens, NeighbourCache neighbours) {
        this.model = model;
        this.cache = cache;
        this.tokens = tokens;
        this.neighbours = neighbours;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        tokens.releaseHeld();
        return lookUp(texts, cache::find, missing -> {
            List<float[]> vectors = new ArrayList<>(missing.size());
            forChunks(missing, (chunk, fresh) -> {
                fresh.forEach(o -> vectors.add(o.sentence()));
                tokens.hold(chunk, fresh.stream().map(BgeEncoder.Output::tokens).toList());
            });
            cache.putAll(missing, vectors);
            return vectors;
        });
    }

    @Override
    public List<TokenVectors> embedTokens(List<String> texts) {
        return lookUp(texts, tokens::find, missing -> {
            List<TokenVectors> vectors = new ArrayList<>(missing.size());
            List<String> noSentence = new ArrayList<>();
            List<float[]> sentences = new ArrayList<>();
            forChunks(missing, (chunk, fresh) -> {
                List<TokenVectors> t = fresh.stream().map(BgeEncoder.Output::tokens).toList();
                tokens.putAll(chunk, t);
                vectors.addAll(t);
                for (int i = 0; i < chunk.size(); i++) {
                    if (cache.find(chunk.get(i)).isEmpty()) {
                        noSentence.add(chunk.get(i));
                        sentences.add(fresh.get(i).sentence());
                    }
                }
            });
            cache.putAll(noSentence, sentences);
            return vectors;
        });
    }

    /** Runs the texts through the model a chunk at a time; the vector cache is written once, by the caller. */
    private void forChunks(List<String> texts, BiConsumer<List<String>, List<BgeEncoder.Output>> use) {
        for (int from = 0; from < texts.size(); from += CHUNK) {
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
            use.accept(chunk, model.embedBoth(chunk));
        }
    }

    /** Cached values where found, the rest computed together by {@code compute}, in the given order. */
    private static <T> List<T> lookUp(List<String> texts, Function<String, Optional<T>> find,
            Function<List<String>, List<T>> compute) {
        List<T> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Optional<T> hit = find.apply(texts.get(i));
            out.add(hit.orElse(null));
            if (hit.isEmpty()) {
                missing.add(texts.get(i));
                missingAt.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<T> fresh = compute.apply(missing);
            for (int i = 0; i < fresh.size(); i++) {
                out.set(missingAt.get(i), fresh.get(i));
            }
        }
        return out;
    }

    @Override
    public Optional<int[][]> findNeighbours(String key, int passages) {
        return neighbours.find(key, passages);
    }

    @Override
    public void storeNeighbours(String key, int[][] lists) {
        neighbours.put(key, lists);
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
