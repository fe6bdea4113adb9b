package app.parallax.core.values;

import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a named person is from, as news writes it after the name: "Anthony Lowe, 36, of
 * Minneapolis", "Dana Reyes, of Leeds". Two passages that give one person two home towns disagree,
 * however the rest of the sentences differ and even when the other town is named elsewhere in the
 * passage ("… of Minneapolis, hit a car outside the Bloomington mall" / "… Lowe, 36, of
 * Bloomington").
 */
final class Residences {

    /** A person and the place given as theirs. */
    record Residence(Value person, Value place) {
    }

    private Residences() {
    }

    /** Every "NAME, [AGE,] of PLACE" in a passage. */
    static List<Residence> of(SlotComparer.Side s) {
        List<Residence> out = new ArrayList<>();
        List<Value> values = s.values();
        for (int k = 0; k < values.size(); k++) {
            Value place = values.get(k);
            int of = place.from() - 1;
            if (!place.isName() || of < 1 || !s.tokens().get(of).key().equals("of") || !commaBetween(s, of - 1, of)) {
                continue;
            }
            Value before = valueEndingAt(values, of);
            if (before != null && before.kind() == app.parallax.core.classify.ConflictKind.NUMBER && before.from() > 0
                    && commaBetween(s, before.from() - 1, before.from())) {
                before = valueEndingAt(values, before.from());
            }
            if (before != null && before.kind() == app.parallax.core.classify.ConflictKind.PERSON) {
                out.add(new Residence(before, place));
            }
        }
        return out;
    }

    /** The value whose last token is right before token {@code at}, or null. */
    private static @org.jspecify.annotations.Nullable Value valueEndingAt(List<Value> values, int at) {
        for (Value v : values) {
            if (v.to() == at) {
                return v;
            }
        }
        return null;
    }

    private static boolean commaBetween(SlotComparer.Side s, int i, int j) {
        List<Token> t = s.tokens();
        return s.text().substring(t.get(i).range().end(), t.get(j).range().start()).trim().equals(",");
    }

    /** One person (by name) given two different places in a and b: each such pair, a's first. */
    static List<Residence[]> clashes(SlotComparer.Side a, SlotComparer.Side b) {
        List<Residence[]> out = new ArrayList<>();
        for (Residence ra : of(a)) {
            for (Residence rb : of(b)) {
                if (oneName(ra.person(), rb.person()) && !oneName(ra.place(), rb.place())) {
                    out.add(new Residence[] {ra, rb});
                }
            }
        }
        return out;
    }

    /** The same name, or one of the other's words, or one name written or spelled two ways. */
    private static boolean oneName(Value x, Value y) {
        return x.norm().equals(y.norm()) || ValueEquivalence.statedBy(x, y) || ValueEquivalence.statedBy(y, x)
                || ValueEquivalence.oneNameWrittenTwoWays(x, y) || ValueEquivalence.spellingsOfOneName(x, y);
    }
}
