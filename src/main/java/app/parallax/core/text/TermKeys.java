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

    /** Lower case, accents removed, typographic apostrophes unified, possessive 's dropped. */
    public static String key(String word) {
        String s = isPlainAscii(word) ? word
                : MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD)).replaceAll("");
        s = s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT);
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The matching term of a key: stemmed, then spelling-folded. */
    public static String term(String key) {
        if (key.isEmpty() || Character.isDigit(key.charAt(0))) {
            return key;
        }
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(key);
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

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
}
