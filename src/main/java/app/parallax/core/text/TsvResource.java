package app.parallax.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a word table shipped beside a class ({@code opposites.tsv}, {@code irregular-verbs.tsv}):
 * "key TAB value" lines, "#" lines being comments. The tables are extracts the test-side builders
 * write from WordNet, so a missing one is a broken build, not bad input.
 */
public final class TsvResource {

    /** One line of a table: what stands before the first tab, and what after it. */
    public record Row(String key, String value) {
    }

    private TsvResource() {
    }

    /** The table's rows in file order, comments and lines without a tab left out. */
    public static List<Row> rows(Class<?> beside, String name) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = beside.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    rows.add(new Row(line.substring(0, tab), line.substring(tab + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
