package app.parallax.core.values;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One moment of a game or a bout timed two ways from the start of its period: "stopped the fight
 * at the 2:15 mark" against "stopped it 44 seconds into the seventh round". A clock reading before
 * "mark" or "into" counts minutes and seconds of play, not the time of day, so it is compared with
 * the other passage's seconds and minutes. Only when each of two linked passages gives one such
 * time, and both name the same period where both name one ("the seventh"): worth a look, as some
 * outlets count the time left rather than the time played.
 */
final class ElapsedTimes {

    private static final Set<String> SECONDS = Set.of("second", "seconds", "sec", "secs");
    private static final Set<String> MINUTES = Set.of("minute", "minutes", "min", "mins");

    /** One elapsed time: its tokens and its length in seconds. */
    private record Elapsed(int from, int to, int seconds) {
    }

    private ElapsedTimes() {
    }

    /** The flag for one moment timed two ways, if each passage gives one elapsed time and they differ. */
    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b) {
        List<Elapsed> ea = of(a);
        List<Elapsed> eb = of(b);
        if (ea.size() != 1 || eb.size() != 1 || ea.get(0).seconds() == eb.get(0).seconds()) {
            return List.of();
        }
        Set<String> periodsA = periods(a);
        Set<String> periodsB = periods(b);
        if (!periodsA.isEmpty() && !periodsB.isEmpty() && java.util.Collections.disjoint(periodsA, periodsB)) {
            return List.of();
        }
        TextRange ra = range(a, ea.get(0));
        TextRange rb = range(b, eb.get(0));
        return List.of(new Difference(DifferenceKind.CONFLICT, ConflictKind.CLOCK, ra.of(a.text()), rb.of(b.text()), ra,
                rb, Grade.VALUES_DIFFER));
    }

    /** The passage's elapsed times: "the 2:15 mark", "2:15 into", "44 seconds into", "after 1 minute 44 seconds of". */
    private static List<Elapsed> of(SlotComparer.Side s) {
        List<Token> t = s.tokens();
        List<Elapsed> out = new ArrayList<>();
        List<Value> values = s.values();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            String next = v.to() < t.size() ? t.get(v.to()).key() : "";
            if (v.kind() == ConflictKind.CLOCK && (next.equals("mark") || next.equals("into")) && !v.hedge().hedged()) {
                int seconds = minutesAndSeconds(v.norm());
                if (seconds >= 0) {
                    out.add(new Elapsed(v.from(), v.to() + (next.equals("mark") ? 1 : 0), seconds));
                }
                continue;
            }
            if (v.kind() != ConflictKind.NUMBER || !v.hasAmount() || v.hedge().hedged()
                    || !SECONDS.contains(next) && !MINUTES.contains(next)) {
                continue;
            }
            int seconds = (int) v.amount() * (MINUTES.contains(next) ? 60 : 1);
            int end = v.to() + 1;
            if (MINUTES.contains(next) && i + 1 < values.size()) {
                // "1 minute [and] 44 seconds"
                Value w = values.get(i + 1);
                int gap = w.from() - end;
                if (w.kind() == ConflictKind.NUMBER && w.hasAmount() && (gap == 0 || gap == 1 && t.get(end).key().equals("and"))
                        && w.to() < t.size() && SECONDS.contains(t.get(w.to()).key())) {
                    seconds += (int) w.amount();
                    end = w.to() + 1;
                    i++;
                }
            }
            String after = end < t.size() ? t.get(end).key() : "";
            boolean afterWord = v.from() > 0 && t.get(v.from() - 1).key().equals("after");
            if (after.equals("into") || afterWord && after.equals("of")) {
                out.add(new Elapsed(v.from(), end, seconds));
            }
        }
        return out;
    }

    /** A clock reading "02:15" as two minutes and fifteen seconds; -1 when it is not m:ss. */
    private static int minutesAndSeconds(String clock) {
        String[] parts = clock.split(":");
        if (parts.length != 2 || parts[1].length() != 2) {
            return -1;
        }
        try {
            int minutes = Integer.parseInt(parts[0]);
            int seconds = Integer.parseInt(parts[1]);
            return seconds < 60 ? minutes * 60 + seconds : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The periods a passage names by ordinal: "the seventh", "the 7th round". */
    private static Set<String> periods(SlotComparer.Side s) {
        Set<String> out = new HashSet<>();
        for (Value v : s.values()) {
            if (v.kind() == ConflictKind.ORDINAL) {
                out.add(v.norm());
            }
        }
        return out;
    }

    private static TextRange range(SlotComparer.Side s, Elapsed e) {
        List<Token> t = s.tokens();
        return new TextRange(t.get(e.from()).range().start(), t.get(e.to() - 1).range().end());
    }
}
