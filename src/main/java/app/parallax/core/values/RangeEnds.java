package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.ArrayList;
import java.util.List;

/**
 * One span told two ways: "served from 1967 to 1979" against "held the seat from 1966 to 1978".
 * A range is a slot by its own grammar, whatever verb leads to it, so when each of two linked
 * passages gives one range of a kind (years, dates, sums, figures), its ends are compared start
 * with start and end with end. Precise ends that differ conflict; a hedged one is worth a look.
 */
final class RangeEnds {

    /** A range's two ends, of one kind. */
    private record Range(Value start, Value end) {
    }

    private RangeEnds() {
    }

    /** Flags for the ends of the one range of a kind each passage gives, where they differ. */
    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b, WordAlignment alignment) {
        List<Difference> out = new ArrayList<>();
        List<Range> ra = ranges(a);
        List<Range> rb = ranges(b);
        for (Range x : ra) {
            Range y = only(rb, x.start().kind());
            // "between 30 and 80 pounds" / "between 14 and 36 kilograms": the unit after the end counts both
            if (y == null || only(ra, x.start().kind()) == null
                    || SlotComparer.differentUnits(x.end(), a, y.end(), b, alignment)) {
                continue;
            }
            differ(x.start(), a, y.start(), b, out);
            differ(x.end(), a, y.end(), b, out);
        }
        return out;
    }

    private static void differ(Value va, SlotComparer.Side a, Value vb, SlotComparer.Side b, List<Difference> out) {
        if (ValueEquivalence.same(va, vb) || ValueEquivalence.compatible(va, vb)) {
            return;
        }
        Grade grade = va.hedge().hedged() || vb.hedge().hedged() ? Grade.VALUES_DIFFER : Grade.CONFLICT;
        out.add(SlotComparer.flag(va.kind(), va, a, vb, b, grade));
    }

    private static @org.jspecify.annotations.Nullable Range only(List<Range> ranges, ConflictKind kind) {
        List<Range> of = ranges.stream().filter(r -> r.start().kind() == kind).toList();
        return of.size() == 1 ? of.get(0) : null;
    }

    /** "from 1967 to 1979", "between $12 billion and $13 billion", "from May 2 through May 9". */
    private static List<Range> ranges(SlotComparer.Side s) {
        List<Token> t = s.tokens();
        List<Value> values = s.values();
        List<Range> out = new ArrayList<>();
        for (int i = 0; i + 1 < values.size(); i++) {
            Value v = values.get(i);
            Value w = values.get(i + 1);
            if (v.kind() != w.kind() || v.isName() || w.from() != v.to() + 1 || v.from() == 0) {
                continue;
            }
            String lead = t.get(v.from() - 1).key();
            String joint = t.get(v.to()).key();
            boolean fromTo = lead.equals("from") && (joint.equals("to") || joint.equals("through") || joint.equals("until"));
            boolean between = lead.equals("between") && joint.equals("and");
            if (fromTo || between) {
                out.add(new Range(v, w));
                i++;
            }
        }
        return out;
    }
}
