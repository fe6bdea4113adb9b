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
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y) || x.length() < 4 || y.length() < 4 || !x.chars().allMatch(Character::isLetter)
                || !y.chars().allMatch(Character::isLetter)) {
            return false;
        }
        String sx = soundAlike(x);
        String sy = soundAlike(y);
        if (sx.equals(sy)) {
            return true;
        }
        if (sx.charAt(0) != sy.charAt(0)) {
            return false;
        }
        int shorter = Math.min(sx.length(), sy.length());
        return Spelling.distance(sx, sy) <= (shorter >= 8 ? 2 : 1);
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
