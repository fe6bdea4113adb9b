package app.parallax.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The optional {@code story.json} a user can write by hand beside a story's articles:
 * <pre>{@code
 * { "title": "…",
 *   "articles": { "nytimes.txt": { "outlet": "The New York Times", "source": "…", "date": "…", "title": "…",
 *                                  "author": "…", "url": "…", "fetched": "2026-11-29T23:59:00Z", "original": "nytimes.html" } } }
 * }</pre>
 * {@code original} names a file kept beside the article (the page as fetched, the PDF) that is
 * not loaded as an article of its own.
 * Every field is optional; anything missing is taken from the text or the file name.
 */
final class StorySidecar {

    static final String FILE_NAME = "story.json";

    private final JsonNode root;

    private StorySidecar(JsonNode root) {
        this.root = root;
    }

    static StorySidecar empty() {
        return new StorySidecar(null);
    }

    /** Reads the sidecar of {@code folder}; an absent file gives an empty sidecar. */
    static StorySidecar readFrom(Path folder) throws IngestException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            return new StorySidecar(new ObjectMapper().readTree(file.toFile()));
        } catch (IOException e) {
            throw new IngestException(file.toString(), "story sidecar is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    Optional<String> title() {
        return text(root, "title");
    }

    /**
     * Sorts article files so those the sidecar lists come first, in its order; the rest follow in
     * name order.
     */
    List<Path> inSidecarOrder(List<Path> files) {
        List<String> listed = new ArrayList<>();
        if (root != null) {
            root.path("articles").fieldNames().forEachRemaining(listed::add);
        }
        return files.stream().sorted(Comparator.comparingInt((Path f) -> {
            int at = listed.indexOf(f.getFileName().toString());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Path::getFileName)).toList();
    }

    /** File names the sidecar lists as the originals of its articles (kept pages, PDFs); not articles themselves. */
    java.util.Set<String> originals() {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (root != null) {
            root.path("articles").forEach(entry -> text(entry, "original").ifPresent(out::add));
        }
        return out;
    }

    Optional<String> articleField(String fileName, String field) {
        return root == null ? Optional.empty() : text(root.path("articles").path(fileName), field);
    }

    private static Optional<String> text(JsonNode node, String field) {
        if (node == null || !node.path(field).isTextual() || node.path(field).asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(node.path(field).asText().strip());
    }
}
