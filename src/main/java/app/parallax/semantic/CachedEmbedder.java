package app.parallax.semantic;

import app.parallax.core.align.PassageEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Embeds passages through the disk cache: cached texts cost nothing, only the misses go to the
 * model, which is therefore loaded only when there are misses.
 */
final class CachedEmbedder implements PassageEmbedder {

    private final OnnxSentenceModel model;
    private final EmbeddingCache cache;

    CachedEmbedder(OnnxSentenceModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        List<Integer> missingAt = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Optional<float[]> hit = cache.find(texts.get(i));
            out.add(hit.orElse(null));
            if (hit.isEmpty()) {
                missing.add(texts.get(i));
                missingAt.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> fresh = model.embed(missing);
            for (int i = 0; i < fresh.size(); i++) {
                out.set(missingAt.get(i), fresh.get(i));
            }
            cache.putAll(missing, fresh);
        }
        return out;
    }

    @Override
    public String modelName() {
        return model.modelName();
    }
}
