package app.parallax.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Well-known outlet names for the short forms people give their files ({@code nyt.txt},
 * {@code hpo.txt}, {@code ap.html}): "NYT", "HuffPost", "AP" read better in a column header than
 * "Nyt" or "Hpo". The table ({@code known-outlets.tsv}) holds only forms whose outlet is clear.
 */
final class KnownOutlets {

    private static final Map<String, String> NAMES = load();

    private KnownOutlets() {
    }

    /** The outlet a file-name stem such as "new-york-times" or "NYT" stands for, if it is a known one. */
    static Optional<String> find(String stem) {
        String key = stem.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return Optional.ofNullable(NAMES.get(key));
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = KnownOutlets.class.getResourceAsStream("known-outlets.tsv")) {
            if (in == null) {
                throw new IllegalStateException("known-outlets.tsv missing from the application");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.split("\t");
                if (!line.startsWith("#") && cols.length == 2) {
                    names.put(cols[0].strip(), cols[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
