package app.parallax.core.text;


/**
 * Decides whether two words are one word spelled two ways: transliterations (Lvov/Lwow,
 * Tchaikovsky/Tchaikowsky, Aleksandr/Aleksander) and small typos, judged by edit distance after
 * transliteration folding.
 */
public final class Spelling {

    /** Longer "words" (runs without spaces, URLs) are never judged as spellings. */
    private static final int MAX_WORD = 40;

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
        if (shorter < 4 || a.charAt(0) != b.charAt(0) || Math.max(a.length(), b.length()) > MAX_WORD) {
            return false;
        }
        return distance(a, b) <= (shorter >= 8 ? 2 : 1);
    }

    /** Edit distance where swapping two neighbouring letters counts once ("centre" / "center"). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
