package app.parallax.core.classify;

import app.parallax.core.diff.WordChange;
import app.parallax.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A negation on one side only: "approved" / "did not approve". A paraphrase can fake one ("insisted
 * he was not the source" / "dismissed claims that he was the source"), so it counts only where the
 * change adds or removes a negator and auxiliaries and nothing else, between passages that read
 * nearly the same, and never for "not … until" (a time bound, not a denial) or "No. 5".
 */
public final class Negation {

    private static final Set<String> NEGATORS = Set.of("not", "never", "cannot", "no", "nobody", "nothing", "none",
            "neither", "nor", "without");
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "will", "would", "is", "was", "are",
            "were", "has", "have", "had", "can", "could", "should", "may", "might", "must", "be", "been", "shall");
    private static final int MAX_RUN = 3;
    /** How far after a negator an "until" still bounds it in time. */
    private static final int TIME_BOUND_REACH = 6;

    private Negation() {
    }

    /**
     * @param close the passages read nearly the same outside their changes
     * @return true when change {@code c} negates one side only
     */
    public static boolean negatesOneSide(WordChange c, List<Token> a, List<Token> b, boolean close) {
        if (!close || count(a, 0, a.size()) % 2 == count(b, 0, b.size()) % 2 || timeBound(a) || timeBound(b)) {
            return false;
        }
        if (c.aTo() - c.aFrom() > MAX_RUN || c.bTo() - c.bFrom() > MAX_RUN) {
            return false;
        }
        return (count(a, c.aFrom(), c.aTo()) + count(b, c.bFrom(), c.bTo())) % 2 == 1
                && onlyNegatorsAndAuxiliaries(a, c.aFrom(), c.aTo()) && onlyNegatorsAndAuxiliaries(b, c.bFrom(), c.bTo());
    }

    /** The two passages negate alike (an even difference in negators). */
    public static boolean sameParity(List<Token> a, List<Token> b) {
        return count(a, 0, a.size()) % 2 == count(b, 0, b.size()) % 2;
    }

    private static boolean onlyNegatorsAndAuxiliaries(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (count(tokens, i, i + 1) == 0 && !AUXILIARIES.contains(tokens.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    /** A negator followed closely by "until" or "till": "may not be restored until 31 December". */
    private static boolean timeBound(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (count(tokens, i, i + 1) == 0) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + TIME_BOUND_REACH); j++) {
                String k = tokens.get(j).key();
                if (k.equals("until") || k.equals("till") || k.equals("til")) {
                    return true;
                }
            }
        }
        return false;
    }

    static int count(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            String k = tokens.get(i).key();
            if (k.equals("no") && i + 1 < tokens.size() && !tokens.get(i + 1).term().isEmpty()
                    && Character.isDigit(tokens.get(i + 1).term().charAt(0))) {
                continue;
            }
            if (NEGATORS.contains(k) || k.endsWith("n't")
                    || (k.equals("yet") && i + 1 < tokens.size() && tokens.get(i + 1).key().equals("to"))) {
                n++;
            }
        }
        return n;
    }
}
