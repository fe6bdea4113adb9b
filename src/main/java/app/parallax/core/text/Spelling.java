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
        return judged(keyA, keyB) && folded(TermKeys.fold(keyA), TermKeys.fold(keyB));
    }

    /**
     * {@link #areVariants(String, String)} with each key's {@link TermKeys#fold} made beforehand,
     * for a word compared with many.
     */
    static boolean areVariants(String keyA, String foldA, String keyB, String foldB) {
        return judged(keyA, keyB) && folded(foldA, foldB);
    }

    /** Two different keys, neither empty nor a number. */
    private static boolean judged(String keyA, String keyB) {
        return !keyA.equals(keyB) && !keyA.isEmpty() && !keyB.isEmpty()
                && !Character.isDigit(keyA.charAt(0)) && !Character.isDigit(keyB.charAt(0));
    }

    private static boolean folded(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || a.charAt(0) != b.charAt(0) || Math.max(a.length(), b.length()) > MAX_WORD) {
            return false;
        }
        return within(a, b, shorter >= 8 ? 2 : 1);
    }

    /**
     * Whether the {@link #distance} of a and b is at most {@code limit}; when their lengths differ by
     * more it cannot be (each edit changes the length by one at most), and is not computed.
     */
    static boolean within(String a, String b, int limit) {
        return Math.abs(a.length() - b.length()) <= limit && distance(a, b) <= limit;
    }

    /**
     * Edit distance where swapping two neighbouring letters counts once ("centre" / "center"), row
     * by row keeping the last three rows only (the swap looks two rows back).
     */
    static int distance(String a, String b) {
        int n = b.length();
        int[] before = new int[n + 1];
        int[] last = new int[n + 1];
        int[] row = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            last[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= n; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(last[j - 1] + cost, Math.min(last[j], row[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    row[j] = Math.min(row[j], before[j - 2] + 1);
                }
            }
            int[] free = before;
            before = last;
            last = row;
            row = free;
        }
        return last[n];
    }
}
