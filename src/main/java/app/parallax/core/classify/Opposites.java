package app.parallax.core.classify;

import app.parallax.core.text.TsvResource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verbs of opposite meaning ("rose" / "fell", "approved" / "rejected", "won" / "lost"), from the
 * antonyms of WordNet 3.1. The table ({@code opposites.tsv}) is an extract written by the test
 * tool {@code OppositesTableBuilder} through extJWNL: loading all of WordNet costs about a second
 * per run, the extract a few milliseconds, and only when a comparison first asks.
 */
final class Opposites {

    private Opposites() {
    }

    /**
     * @param a lower-case word as written in the text, any inflection
     * @param b the same for the other side
     * @return true when some lemma of {@code a} is an antonym of some lemma of {@code b}
     */
    static boolean areOpposite(String a, String b) {
        Table t = Table.INSTANCE;
        for (String la : t.lemmas(a)) {
            Set<String> opposite = t.opposites.get(la);
            if (opposite != null) {
                for (String lb : t.lemmas(b)) {
                    if (opposite.contains(lb)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The change swaps one plain word for its opposite ("rose" / "fell", "approved" / "rejected");
     * names and numbers are other rules'.
     */
    static boolean swapped(app.parallax.core.diff.WordChange c, java.util.List<app.parallax.core.text.Token> a,
                           java.util.List<app.parallax.core.text.Token> b) {
        if (c.aTo() - c.aFrom() != 1 || c.bTo() - c.bFrom() != 1) {
            return false;
        }
        app.parallax.core.text.Token x = a.get(c.aFrom());
        app.parallax.core.text.Token y = b.get(c.bFrom());
        return plainWord(x) && plainWord(y) && areOpposite(x.key(), y.key());
    }

    private static boolean plainWord(app.parallax.core.text.Token t) {
        return (!t.capitalized() || t.sentenceInitial()) && t.key().length() > 1
                && t.key().chars().allMatch(ch -> ch >= 'a' && ch <= 'z') && !Character.isDigit(t.term().charAt(0));
    }

    /** Loaded on first use (holder idiom), so comparisons that never ask pay nothing. */
    private static final class Table {
        static final Table INSTANCE = load();

        final Map<String, Set<String>> opposites = new HashMap<>();
        final Map<String, List<String>> lemmasOf = new HashMap<>();

        List<String> lemmas(String form) {
            List<String> known = lemmasOf.get(form);
            if (known == null) {
                return List.of(form);
            }
            if (known.contains(form)) {
                return known;
            }
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(form), known.stream()).toList();
        }

        private static Table load() {
            Table t = new Table();
            for (TsvResource.Row row : TsvResource.rows(Opposites.class, "opposites.tsv")) {
                List<String> values = List.of(row.value().split(" "));
                if (row.key().startsWith("=")) {
                    t.opposites.put(row.key().substring(1), Set.copyOf(values));
                } else {
                    t.lemmasOf.put(row.key(), values);
                }
            }
            return t;
        }
    }
}
