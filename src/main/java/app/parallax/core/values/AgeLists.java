package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The ages of the same people, listed on both sides: "two women, 68 and 48 years old" against
 * "61-year-old Katherine Gomes and 48-year-old Robyn Mendes". The words around each age differ too
 * much for a slot, but when two linked passages each give the same number of ages and all but one
 * on each side agree, the two left over are the age of one person told two ways: worth a look.
 */
final class AgeLists {

    private static final double OLDEST = 130;
    /** Fewer ages than this are no list to leave one over from. */
    static final int MIN_AGES = 2;

    /**
     * Between passages that report different facts, the two ages left over are one person's only
     * when this close (relative to the older): an age misreported is a typo or a birthday apart,
     * while "the suspect, 35, and his mother, 61" against "Reyes, 48, and his mother, 61" names
     * two people.
     */
    static final double CLOSE_AGES = 0.2;

    private AgeLists() {
    }

    /**
     * {@link #leftOver} for passages that were not linked, given each one's {@link #ages}: only when
     * the two ages left over are close ({@link #CLOSE_AGES}).
     */
    static Value @org.jspecify.annotations.Nullable [] closeLeftOver(List<Value> agesA, List<Value> agesB) {
        Value[] left = leftOver(agesA, agesB);
        if (left == null) {
            return null;
        }
        double x = left[0].amount();
        double y = left[1].amount();
        return Math.abs(x - y) <= CLOSE_AGES * Math.max(x, y) ? left : null;
    }

    /**
     * The one age of each side that the other does not give, when both list the same number of
     * ages (at least two) and all the others agree; null otherwise.
     */
    static Value @org.jspecify.annotations.Nullable [] leftOver(SlotComparer.Side a, SlotComparer.Side b) {
        return leftOver(ages(a), ages(b));
    }

    private static Value @org.jspecify.annotations.Nullable [] leftOver(List<Value> agesA, List<Value> agesB) {
        if (agesA.size() < MIN_AGES || agesA.size() != agesB.size()) {
            return null;
        }
        List<Value> onlyA = new ArrayList<>(agesA);
        List<Value> onlyB = new ArrayList<>(agesB);
        for (Value va : agesA) {
            for (Value vb : onlyB) {
                if (va.amount() == vb.amount()) {
                    onlyA.remove(va);
                    onlyB.remove(vb);
                    break;
                }
            }
        }
        return onlyA.size() == 1 && onlyB.size() == 1 ? new Value[] {onlyA.get(0), onlyB.get(0)} : null;
    }

    /**
     * Ages in passage order: "48-year-old", "48 years old", "aged 48", and every figure of a list
     * one of which is so marked ("68 and 48-years-old", "aged 72 and 39", "72, 15 and 39 years old").
     * Ages in the news style, set off by commas after each name ("Robyn Mendes, 48, and Catherine
     * Gomes, 61"), count too ("23-year-old John Jenkin … his sister, Kathryn Jenkin, 20"), unless
     * the passage lists ages together: then the commas mark someone outside the list ("Gary Gomes,
     * 35, … two women, 68 and 48 years old").
     */
    static List<Value> ages(SlotComparer.Side s) {
        List<Value> out = new ArrayList<>();
        boolean list = false;
        for (List<Value> group : FigureLists.of(s)) {
            if (group.stream().anyMatch(v -> isAge(v, s))) {
                group.stream().filter(AgeLists::plainWholeNumber).forEach(out::add);
                list |= group.size() >= MIN_AGES;
            }
        }
        if (!list) {
            s.values().stream().filter(v -> plainWholeNumber(v) && afterName(v, s) && !out.contains(v)).forEach(out::add);
            out.sort(java.util.Comparator.comparingInt(Value::from));
        }
        return out;
    }

    private static boolean isAge(Value v, SlotComparer.Side s) {
        if (!plainWholeNumber(v)) {
            return false;
        }
        List<Token> t = s.tokens();
        String next = v.to() < t.size() ? t.get(v.to()).key() : "";
        String after = v.to() + 1 < t.size() ? t.get(v.to() + 1).key() : "";
        String before = v.from() > 0 ? t.get(v.from() - 1).key() : "";
        return Lexicon.isAgeSuffix(next) || (next.equals("years") || next.equals("year")) && after.equals("old")
                || before.equals("aged");
    }

    /**
     * A figure set off by commas right after a person's name, the news style for an age
     * ("Robyn Mendes, 48, was found", "and Catherine Gomes, 61.").
     */
    static boolean afterName(Value v, SlotComparer.Side s) {
        return setOffByCommas(v, s) && s.values().stream().anyMatch(p -> p.kind() == ConflictKind.PERSON && p.to() == v.from());
    }

    /**
     * A figure with a comma right before it and a comma, stop, bracket or dash right after it: the
     * place of an age after a name ("Mendes, 48, was", "Gomes, 61.").
     */
    static boolean setOffByCommas(Value v, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        if (v.from() == 0 || !s.text().substring(t.get(v.from() - 1).range().end(), t.get(v.from()).range().start())
                .strip().equals(",")) {
            return false;
        }
        int end = t.get(v.to() - 1).range().end();
        String rest = s.text().substring(end, Math.min(s.text().length(), end + 2)).strip();
        return rest.isEmpty() || ",.;)".indexOf(rest.charAt(0)) >= 0 || rest.startsWith("-");
    }

    /** A whole number from 0 to {@link #OLDEST}, unhedged and without a unit: what an age is written as. */
    static boolean plainWholeNumber(Value v) {
        return v.kind() == ConflictKind.NUMBER && v.unit().isEmpty() && !v.hedge().hedged() && v.hasAmount()
                && v.amount() >= 0 && v.amount() <= OLDEST && v.amount() == Math.rint(v.amount());
    }
}
