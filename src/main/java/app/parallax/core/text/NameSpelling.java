package app.parallax.core.text;

import java.util.Locale;

/**
 * Whether two written names can be one name spelled two ways: Madeleine / Madelyn / Madeline,
 * Carolyn / Carolin, Fenwick / Fennwick, Independence / Independent. Names vary more than ordinary
 * words (c and k, y and i, a silent h or final e, doubled letters), so they are compared in a
 * sound-alike form, then by edit distance.
 */
public final class NameSpelling {

    private NameSpelling() {
    }

    /** True when the two differ as written but may be one name. */
    public static boolean variants(String a, String b) {
        return variants(form(a), form(b));
    }

    /**
     * What {@link #variants(String, String)} compares of one word, made once for a word compared
     * with many.
     *
     * @param lower the word in lower case
     * @param sound its sound-alike form; null when the word cannot be judged (under four letters,
     *              or not all letters)
     */
    record Form(String lower, @org.jspecify.annotations.Nullable String sound) {
    }

    static Form form(String word) {
        String x = word.toLowerCase(Locale.ROOT);
        return new Form(x, x.length() >= 4 && allLetters(x) ? soundAlike(x) : null);
    }

    private static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@link #variants(String, String)} of two words' forms. */
    static boolean variants(Form x, Form y) {
        String sx = x.sound();
        String sy = y.sound();
        if (x.lower().equals(y.lower()) || sx == null || sy == null) {
            return false;
        }
        if (sx.equals(sy)) {
            return true;
        }
        if (sx.charAt(0) != sy.charAt(0)) {
            return false;
        }
        int shorter = Math.min(sx.length(), sy.length());
        return Spelling.within(sx, sy, shorter >= 8 ? 2 : 1);
    }

    /** c as k, y as i, ph as f, no h after a consonant, no final e, no doubled letters. */
    static String soundAlike(String s) {
        String t = TermKeys.key(s).replace("ph", "f").replace('c', 'k').replace('y', 'i').replace("ck", "k");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'h' && i > 0 && "aeiou".indexOf(t.charAt(i - 1)) < 0) {
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        if (out.length() > 4 && out.charAt(out.length() - 1) == 'e') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
