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

    /** Past tense and participle of common irregular English verbs, each with its base form. */
    private static final java.util.Map<String, String> IRREGULAR_VERBS = irregularVerbs(
            "arise arose arisen", "beat beat beaten", "become became", "begin began begun", "bite bit bitten",
            "blow blew blown", "break broke broken", "bring brought", "build built", "buy bought",
            "catch caught", "choose chose chosen", "come came", "deal dealt", "dig dug", "do did done",
            "draw drew drawn", "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen",
            "feed fed", "feel felt", "fight fought", "find found", "flee fled", "fly flew flown",
            "forget forgot forgotten", "freeze froze frozen", "get got gotten", "give gave given", "go went gone",
            "grow grew grown", "hang hung", "have had", "hear heard", "hide hid hidden", "hold held",
            "keep kept", "know knew known", "lead led", "leave left", "lend lent", "lose lost", "make made",
            "mean meant", "meet met", "pay paid", "ride rode ridden", "ring rang rung", "rise rose risen",
            "run ran", "say said", "see saw seen", "seek sought", "sell sold", "send sent", "shake shook shaken",
            "shoot shot", "sing sang sung", "sink sank sunk", "sit sat", "sleep slept", "slide slid",
            "speak spoke spoken", "spend spent", "stand stood", "steal stole stolen", "strike struck stricken",
            "swear swore sworn", "sweep swept", "swim swam swum", "take took taken", "teach taught",
            "tear tore torn", "tell told", "think thought", "throw threw thrown", "understand understood",
            "wake woke woken", "wear wore worn", "win won", "withdraw withdrew withdrawn", "write wrote written");

    private static java.util.Map<String, String> irregularVerbs(String... rows) {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        for (String row : rows) {
            String[] w = row.split(" ");
            for (int i = 1; i < w.length; i++) {
                forms.putIfAbsent(w[i], w[0]);
            }
        }
        return java.util.Map.copyOf(forms);
    }

    /** Plurals the stemmer cannot join to their singular: "people" counts persons. */
    private static final java.util.Map<String, String> IRREGULAR_PLURALS = java.util.Map.of("people", "person",
            "men", "man", "women", "woman", "children", "child", "feet", "foot", "teeth", "tooth", "mice", "mouse");

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
}
