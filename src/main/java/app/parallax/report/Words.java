package app.parallax.report;

import java.util.List;

/** Small English helpers shared by every view: counted nouns and "A, B and C" lists. */
public final class Words {

    private Words() {
    }

    /** "1 discrepancy", "2 discrepancies", "0 discrepancies". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** "A", "A and B", "A, B and C"; "" for no names. */
    public static String and(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Upper-cases the first letter: "meal" to "Meal". */
    public static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
