package app.parallax.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Comparison keys for words: a lower-case accent-free key, and a matching term that also folds
 * inflection (Snowball English stemmer) and common transliteration variants (y/i, w/v, doubled
 * letters), so that "meetings" meets "meet" and "Tchaikovsky" meets "Tchaikowsky".
 */
public final class TermKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TermKeys() {
    }

    /**
     * Lower case, accents removed, typographic apostrophes unified, possessive 's dropped;
     * initialisms lose their dots or hyphens ("F.B.I.", "FBI" give "fbi", "H-P" gives "hp"; "U.S."
     * stays "u.s.", apart from the pronoun) and an acronym its plural ("KOs", "KO's" give "ko") and title abbreviations are spelled out ("Sen." gives
     * "senator", "Gen." "general").
     */
    public static String key(String word) {
        String s = isPlainAscii(word) ? word
                : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'');
        boolean initialism = s.length() >= 4 && s.charAt(1) == '.' && INITIALISM.matcher(s).matches();
        if (s.length() >= 3 && s.charAt(s.length() - 1) == 's' && ACRONYM_PLURAL.matcher(s).matches()) {
            return initialismKey(s.substring(0, s.length() - 1).toLowerCase(Locale.ROOT));
        }
        if (hyphenedInitials(s)) {
            return initialismKey(s.toLowerCase(Locale.ROOT).replace("-", ""));
        }
        s = s.toLowerCase(Locale.ROOT);
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (initialism) {
            return initialismKey(s.replace(".", ""));
        }
        return TITLES.getOrDefault(s, s);
    }

    /** Letters of an initialism; dotted when the letters alone would read as a function word. */
    private static String initialismKey(String letters) {
        if (!StopWords.contains(letters)) {
            return letters;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : letters.toCharArray()) {
            sb.append(c).append('.');
        }
        return sb.toString();
    }

    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}\\.){2,}");
    /** An acronym's plural: "KOs", "CEOs", "DVDs" (the possessive-style "KO's" loses its "'s" anyway). */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}s");
    private static final Pattern HYPHENED_INITIALS = Pattern.compile("\\p{Lu}(?:-\\p{Lu})+");
    private static final java.util.Map<String, String> TITLES = java.util.Map.ofEntries(
            java.util.Map.entry("sen", "senator"), java.util.Map.entry("sens", "senators"),
            java.util.Map.entry("rep", "representative"), java.util.Map.entry("reps", "representatives"),
            java.util.Map.entry("gov", "governor"), java.util.Map.entry("govs", "governors"),
            java.util.Map.entry("gen", "general"), java.util.Map.entry("lt", "lieutenant"),
            java.util.Map.entry("col", "colonel"), java.util.Map.entry("sgt", "sergeant"),
            java.util.Map.entry("capt", "captain"), java.util.Map.entry("adm", "admiral"),
            java.util.Map.entry("cmdr", "commander"), java.util.Map.entry("prof", "professor"),
            java.util.Map.entry("atty", "attorney"), java.util.Map.entry("supt", "superintendent"),
            java.util.Map.entry("pres", "president"), java.util.Map.entry("gens", "generals"));

    /** Capitals joined by hyphens, as some papers write a company's initials: "H-P". */
    public static boolean hyphenedInitials(String word) {
        return word.length() >= 3 && word.charAt(1) == '-' && HYPHENED_INITIALS.matcher(word).matches();
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of the name in a word that joins it to a lower-case descriptor: "Atlanta-based" gives
     * "atlanta", "Zealand-born" "zealand"; "Hewlett-Packard" stays whole.
     */
    public static String keyWithoutDescriptor(Token t) {
        String word = t.text();
        int dash = word.indexOf('-');
        if (dash <= 0 || dash + 1 >= word.length() || !Character.isLowerCase(word.charAt(dash + 1))) {
            return t.key();
        }
        return key(word.substring(0, dash));
    }

    /** The matching term of a key: stemmed, then spelling-folded. */
    public static String term(String key) {
        if (key.isEmpty() || Character.isDigit(key.charAt(0))) {
            return NumberWords.plainNumeral(key);
        }
        String digits = NumberWords.digits(key);
        if (digits != null) {
            return digits;
        }
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(IRREGULAR_PLURALS.getOrDefault(key, key));
        stemmer.stem();
        return fold(stemmer.getCurrent());
    }

    /**
     * Folds spellings that transliteration varies: y and i, w and v, "ie" and "i", doubled letters.
     * "Tchaikovsky" and "Tchaikowsky", "Lvov" and "Lwow" fold alike.
     */
    public static String fold(String key) {
        String s = key.replace('y', 'i').replace('w', 'v').replace("ie", "i").replace("ii", "i");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i == 0 || c != s.charAt(i - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The term of a word with an irregular verb's past forms joined to the verb ("left" / "leaving",
     * "held" / "holds", "fought" / "fights"), which the stemmer cannot do. Used to align the words of
     * two passages, where a word that is both ("left" the side) is still told apart by its neighbours.
     */
    public static String verbTerm(Token t) {
        String base = IRREGULAR_VERBS.get(t.key());
        return base == null ? t.term() : term(base);
    }

    /**
     * Irregular verb forms with their base form ("held" → "hold"), from WordNet's verb exception
     * list ({@code irregular-verbs.tsv}, written by the test-side IrregularVerbsTableBuilder).
     */
    private static final java.util.Map<String, String> IRREGULAR_VERBS = irregularVerbs();

    private static java.util.Map<String, String> irregularVerbs() {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        for (TsvResource.Row row : TsvResource.rows(TermKeys.class, "irregular-verbs.tsv")) {
            forms.put(row.key(), row.value());
        }
        return java.util.Map.copyOf(forms);
    }

    /** Plurals the stemmer cannot join to their singular: "people" counts persons. */
    private static final java.util.Map<String, String> IRREGULAR_PLURALS = java.util.Map.of("people", "person",
            "men", "man", "women", "woman", "children", "child", "feet", "foot", "teeth", "tooth", "mice", "mouse");

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
}
