package app.parallax.core.values;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One quotation given with two days: "“This morning I was stopped by an officer,” Okafor said"
 * against "“Yesterday I was stopped by an officer.”" Outside quotation marks, "yesterday" and
 * "this morning" may be one day seen from reports written a day apart; inside them the words are
 * the speaker's own, so one of the two outlets changed them: worth a look. Only a day word that
 * stands where the other stands (the words after both are aligned) and that neither passage
 * also uses counts.
 */
final class QuotedDays {

    private static final Set<String> DAY_WORDS = Set.of("yesterday", "today", "tomorrow", "tonight");
    private static final Set<String> DAY_LEADS = Set.of("this", "last");
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
    /** Words after the day that must be aligned alike for the two days to stand in one place. */
    private static final int FOLLOWING = 2;

    /** A day phrase inside a quotation: its first and one-past-last token. */
    private record QuotedDay(int from, int to, String words) {
    }

    private QuotedDays() {
    }

    /** The flag for one quotation given two different days, if the two passages hold one. */
    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b, WordAlignment alignment) {
        List<Difference> out = new ArrayList<>();
        List<QuotedDay> daysA = of(a);
        List<QuotedDay> daysB = of(b);
        for (QuotedDay x : daysA) {
            for (QuotedDay y : daysB) {
                if (!x.words().equals(y.words()) && daysB.stream().noneMatch(o -> o.words().equals(x.words()))
                        && daysA.stream().noneMatch(o -> o.words().equals(y.words())) && followedAlike(x, y, a.tokens().size(), alignment)) {
                    TextRange ra = range(a.tokens(), x);
                    TextRange rb = range(b.tokens(), y);
                    out.add(new Difference(DifferenceKind.CONFLICT, ConflictKind.DATE, ra.of(a.text()), rb.of(b.text()),
                            ra, rb, Grade.VALUES_DIFFER));
                }
            }
        }
        return out;
    }

    /** The day phrases of a passage that stand inside quotation marks. */
    private static List<QuotedDay> of(SlotComparer.Side s) {
        List<QuotedDay> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            QuotedDay d = dayAt(t, i);
            if (d != null && quoted(s, t.get(i).range().start())) {
                out.add(d);
                i = d.to() - 1;
            }
        }
        return out;
    }

    private static @Nullable QuotedDay dayAt(List<Token> t, int i) {
        String key = t.get(i).key();
        if (DAY_WORDS.contains(key)) {
            return new QuotedDay(i, i + 1, key);
        }
        if (DAY_LEADS.contains(key) && i + 1 < t.size() && DAY_PARTS.contains(t.get(i + 1).key())) {
            return new QuotedDay(i, i + 2, key + " " + t.get(i + 1).key());
        }
        return null;
    }

    /**
     * Whether a quotation is open at {@code at}: after the last opening mark before it in the
     * passage there is no closing one (straight marks alternate).
     */
    private static boolean quoted(SlotComparer.Side s, int at) {
        // the opening mark stands just before the passage's first word
        int start = Math.max(0, s.tokens().get(0).range().start() - 2);
        boolean open = false;
        for (int k = start; k < at; k++) {
            char c = s.text().charAt(k);
            if (c == '“') {
                open = true;
            } else if (c == '”') {
                open = false;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }

    /** The {@value #FOLLOWING} words after each day are aligned with each other. */
    private static boolean followedAlike(QuotedDay x, QuotedDay y, int lengthA, WordAlignment alignment) {
        for (int k = 0; k < FOLLOWING; k++) {
            if (x.to() + k >= lengthA || alignment.partnerOfA(x.to() + k) != y.to() + k) {
                return false;
            }
        }
        return true;
    }

    private static TextRange range(List<Token> t, QuotedDay d) {
        return new TextRange(t.get(d.from()).range().start(), t.get(d.to() - 1).range().end());
    }
}
