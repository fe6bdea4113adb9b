package app.parallax.core.classify;

import app.parallax.core.text.TermKeys;

/**
 * Decides whether two words are one word spelled two ways: transliterations (Lvov/Lwow,
 * Tchaikovsky/Tchaikowsky, Aleksandr/Aleksander) and small typos, judged by edit distance after
 * transliteration folding.
 */
public final class Spelling {

    private Spelling() {
    }

    /** True when the keys differ but are close enough to be spellings of one word. */
    public static boolean areVariants(String keyA, String keyB) {
        if (keyA.equals(keyB) || keyA.isEmpty() || keyB.isEmpty()
                || Character.isDigit(keyA.charAt(0)) || Character.isDigit(keyB.charAt(0))) {
            return false;
        }
        String a = TermKeys.fold(keyA);
        String b = TermKeys.fold(keyB);
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        return distance(a, b) <= (shorter >= 8 ? 2 : 1);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
