package app.parallax.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.LinkedHashMap;
import java.util.Map;
import java.io.IOException;
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
    /** Largest sidecar read (one for a hundred articles is under 100 KB). */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    /** The parsed file: objects as maps, arrays as lists, scalars as their text; null when absent. */
    private final Map<String, Object> root;

    private StorySidecar(Map<String, Object> root) {
        this.root = root;
    }

    static StorySidecar empty() {
        return new StorySidecar(null);
    }

    /** Reads the sidecar of {@code folder}; an absent file gives an empty sidecar. */
    static StorySidecar readFrom(Path folder) throws IngestException {
        Path file = folder.resolve(FILE_NAME);
        try {
            Optional<byte[]> bytes = PlainFile.read(file, MAX_BYTES);
            return bytes.isEmpty() ? empty() : new StorySidecar(parse(bytes.get()));
        } catch (PlainFile.Refused e) {
            throw new IngestException(file.toString(), e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(file.toString(), "story sidecar is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    /**
     * Reads the file with Jackson's streaming parser: a sidecar is a few fields, and the streaming
     * parser starts in a fraction of the time the object mapper takes (this runs on every start).
     */
    private static Map<String, Object> parse(byte[] file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file)) {
            Object value = p.nextToken() == null ? null : value(p);
            if (p.nextToken() != null) {
                throw new IOException("unexpected content after the JSON value");
            }
            return value instanceof Map<?, ?> ? cast(value) : Map.of();
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> out = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                out.put(name, value(p));
            }
            return out;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> out = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(value(p));
            }
            return out;
        }
        return t == JsonToken.VALUE_STRING ? p.getText() : t == JsonToken.VALUE_NULL ? null : new Scalar(p.getText());
    }

    /** A number or boolean: kept, but never read as a text field. */
    private record Scalar(String text) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> object(Map<String, Object> node, String field) {
        Object v = node == null ? null : node.get(field);
        return v instanceof Map<?, ?> ? cast(v) : Map.of();
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
        listed.addAll(object(root, "articles").keySet());
        return files.stream().sorted(Comparator.comparingInt((Path f) -> {
            int at = listed.indexOf(f.getFileName().toString());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Path::getFileName)).toList();
    }

    /** File names the sidecar lists as the originals of its articles (kept pages, PDFs); not articles themselves. */
    java.util.Set<String> originals() {
        java.util.Set<String> out = new java.util.HashSet<>();
        object(root, "articles").values().forEach(entry -> text(entry instanceof Map<?, ?> ? cast(entry) : null,
                "original").ifPresent(out::add));
        return out;
    }

    Optional<String> articleField(String fileName, String field) {
        return root == null ? Optional.empty() : text(object(object(root, "articles"), fileName), field);
    }

    private static Optional<String> text(Map<String, Object> node, String field) {
        Object v = node == null ? null : node.get(field);
        if (!(v instanceof String s) || s.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(s.strip());
    }
}
