package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import java.util.Objects;

/**
 * One typed value in a passage: what it is, its normalised form, and where it stands.
 *
 * @param kind      the type of fact (number, money, year, weekday, person …)
 * @param norm      the comparison form: digits without separators ("1098"), a month-day ("may 14"),
 *                  minutes of a clock time ("20:45"), a folded name ("kathrin gomes")
 * @param amount    the quantity for numbers, money and percent (13.9 billion gives 1.39E10); NaN otherwise
 * @param unit      "$", "%", "£" … or "" when the value has none
 * @param hedge     how exactly it is stated
 * @param from      first token index in its passage
 * @param to        one past its last token index
 * @param reportingTime a day that dates the reporting ("said Friday"), not the event
 * @param possessive a possessive day ("Friday's game"): it dates the thing it owns
 */
public record Value(ConflictKind kind, String norm, double amount, String unit, Hedge hedge, int from, int to,
                    boolean reportingTime, boolean possessive) {

    public Value {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(hedge, "hedge");
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("bad token span " + from + ".." + to);
        }
    }

    /** True for a quantity (number, money, percent) with a known amount. */
    public boolean hasAmount() {
        return !Double.isNaN(amount);
    }

    /** True for people, places, organisations and countries. */
    public boolean isName() {
        return kind.isName();
    }
}
