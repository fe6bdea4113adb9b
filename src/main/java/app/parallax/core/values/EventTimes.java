package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.StopWords;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clock time of one happening, told a few minutes apart by two articles: "after the fire broke
 * out about 7.10pm" against "broke out in the warehouse roof at 7.18pm". The sentences report
 * different things around it, so they are rarely linked; but two times minutes apart that the same
 * word leads to ("broke") are one moment timed twice. Times further apart are different moments
 * (the first quake and an aftershock), and an article that gives both times knows they differ.
 * A hedged time is flagged too ("about 1910 GMT" / "7.18pm"): worth a look, which is the grade
 * every story-wide flag has.
 */
final class EventTimes {

    /** Two times at most this many minutes apart may be one moment timed twice. */
    static final int CLOSE_MINUTES = 15;
    /** Words before a time searched for the word that leads to it ("broke out … at 7.18pm"). */
    private static final int LEAD_REACH = 10;
    /** Shorter words ("at", "on") lead nowhere in particular. */
    private static final int SHORTEST_LEAD = 3;

    /** A clock time and the words before it in its clause. */
    record EventTime(Value time, Set<String> leads) {
    }

    private EventTimes() {
    }

    /**
     * The passage's clock times, each with the content words before it in its clause (none for a
     * time nothing leads to: it is never paired, but tells that its article gives that time).
     */
    static List<EventTime> of(SlotComparer.Side s) {
        List<EventTime> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (Value v : s.values()) {
            if (v.kind() != ConflictKind.CLOCK || !v.hasAmount()) {
                continue;
            }
            Set<String> leads = new HashSet<>();
            for (int i = v.from() - 1; i >= Math.max(0, v.from() - LEAD_REACH); i--) {
                if (!SlotComparer.sameClause(t, i, v.from(), s.text())) {
                    break;
                }
                Token w = t.get(i);
                if (!w.isNumeric() && !w.capitalized() && w.key().length() >= SHORTEST_LEAD && !StopWords.contains(w.key())
                        && !Lexicon.isReportingVerb(w.key()) && Lexicon.kindOf(w.key()).isEmpty()) {
                    leads.add(w.term());
                }
            }
            out.add(new EventTime(v, leads));
        }
        return out;
    }

    /**
     * Each pair of times, one from each passage, minutes apart and led to by a shared word, when
     * neither article gives the other's time anywhere.
     *
     * @param articleA every clock time the first passage's article gives
     * @param articleB likewise for the second
     * @return pairs {a time, b time}; empty when none
     */
    static List<Value[]> twoTimings(List<EventTime> a, List<EventTime> articleA, List<EventTime> b,
                                    List<EventTime> articleB) {
        List<Value[]> out = new ArrayList<>();
        for (EventTime x : a) {
            for (EventTime y : b) {
                double gap = Math.abs(x.time().amount() - y.time().amount());
                if (gap > 0 && gap <= CLOSE_MINUTES
                        && !java.util.Collections.disjoint(x.leads(), y.leads())
                        && !gives(articleA, y.time()) && !gives(articleB, x.time())) {
                    out.add(new Value[] {x.time(), y.time()});
                }
            }
        }
        return out;
    }

    private static boolean gives(List<EventTime> article, Value time) {
        return article.stream().anyMatch(e -> e.time().amount() == time.amount());
    }
}
