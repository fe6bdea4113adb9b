package app.parallax.semantic;

import app.parallax.core.align.PassageEmbedder;
import app.parallax.core.align.TokenVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Embeds passages through the disk caches: cached texts cost nothing, only the misses go to the
 * model, which is therefore loaded only when there are misses. A miss is run once for both
 * outputs: sentence vectors asked for leave their token vectors {@linkplain TokenVectorCache#hold
 * held} in memory for a later {@link #embedTokens} of the same run, and token vectors asked for
 * store the sentence vectors the vector cache lacks.
 */
final class CachedEmbedder implements PassageEmbedder {

    private final OnnxSentenceModel model;
    private final EmbeddingCache cache;
    private final TokenVectorCache tokens;

    CachedEmbedder(OnnxSentenceModel model, EmbeddingCache cache, TokenVectorCache tokens) {
        this.model = model;
        this.cache = cache;
        this.tokens = tokens;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return lookUp(texts, cache::find, missing -> {
            List<BgeEncoder.Output> fresh = model.embedBoth(missing);
            List<float[]> vectors = fresh.stream().map(BgeEncoder.Output::sentence).toList();
            cache.putAll(missing, vectors);
            tokens.hold(missing, fresh.stream().map(BgeEncoder.Output::tokens).toList());
            return vectors;
        });
    }

    @Override
    public List<TokenVectors> embedTokens(List<String> texts) {
        return lookUp(texts, tokens::find, missing -> {
            List<BgeEncoder.Output> fresh = model.embedBoth(missing);
            List<TokenVectors> vectors = fresh.stream().map(BgeEncoder.Output::tokens).toList();
            tokens.putAll(missing, vectors);
            List<String> noSentence = new ArrayList<>();
            List<float[]> sentences = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                if (cache.find(missing.get(i)).isEmpty()) {
                    noSentence.add(missing.get(i));
                    sentences.add(fresh.get(i).sentence());
                }
            }
            cache.putAll(noSentence, sentences);
            return vectors;
        });
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
    public String modelName() {
        return model.modelName();
    }
}
