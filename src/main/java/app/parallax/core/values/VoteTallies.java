package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Lexicon;
import java.util.List;

/**
 * One vote counted two ways: "The Senate voted 68-32 on Thursday" / "The Senate approved the bill
 * on Thursday, 68-31". Each linked passage's only tally is compared with the other's when a word of
 * voting stands in either passage and the two tallies count about as many votes (a body's
 * members, give or take an absence); a season's record against a final score, which are tallies
 * too, neither speaks of votes nor counts alike. A conflict when both passages speak of a vote,
 * worth a look when only one does.
 */
final class VoteTallies {

    /** Two tallies whose totals differ by more than this share count different votes. */
    private static final double TOTAL_SHARE = 0.05;

    private VoteTallies() {
    }

    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b) {
        Value ta = onlyTally(a);
        Value tb = onlyTally(b);
        if (ta == null || tb == null) {
            return List.of();
        }
        int[] x = figures(ta);
        int[] y = figures(tb);
        boolean same = x[0] == y[0] && x[1] == y[1] || x[0] == y[1] && x[1] == y[0];
        int totalA = x[0] + x[1];
        int totalB = y[0] + y[1];
        boolean votesA = speaksOfVotes(a);
        boolean votesB = speaksOfVotes(b);
        if (same || !(votesA || votesB) || Math.abs(totalA - totalB) > Math.max(1, TOTAL_SHARE * Math.max(totalA, totalB))) {
            return List.of();
        }
        return List.of(SlotComparer.flag(ConflictKind.NUMBER, ta, a, tb, b,
                votesA && votesB ? Grade.CONFLICT : Grade.VALUES_DIFFER));
    }

    /** The passage's one tally of two whole figures ("68-31"), or null for none or several. */
    private static @org.jspecify.annotations.Nullable Value onlyTally(SlotComparer.Side s) {
        Value found = null;
        for (Value v : s.values()) {
            if (ValueFinder.RECORD.equals(v.unit())) {
                if (found != null || figures(v) == null) {
                    return null;
                }
                found = v;
            }
        }
        return found;
    }

    private static int @org.jspecify.annotations.Nullable [] figures(Value tally) {
        String[] parts = tally.norm().split("-");
        if (parts.length != 2 || !parts[0].matches("\\d{1,4}") || !parts[1].matches("\\d{1,4}")) {
            return null;
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static boolean speaksOfVotes(SlotComparer.Side s) {
        return s.tokens().stream().anyMatch(t -> Lexicon.isVoteWord(t.key()));
    }
}
