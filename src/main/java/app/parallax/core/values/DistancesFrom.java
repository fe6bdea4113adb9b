package app.parallax.core.values;

import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Distances measured from different places: "centred six miles north of Alder Creek" against "30
 * kilometres east of Port Mara" place one epicentre two ways, so neither the two figures nor the two
 * towns are a difference: each outlet picked its own reference point. A distance from the same
 * place ("six miles north of Alder Creek" / "nine miles north of Alder Creek") is still compared.
 */
final class DistancesFrom {

    private static final Set<String> LENGTHS = Set.of("mile", "kilometre", "metre", "foot", "yard");
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "northeastern",
            "northwestern", "southeastern", "southwestern", "northern", "southern", "eastern", "western", "due");
    private static final Set<String> FROM = Set.of("of", "from");

    private DistancesFrom() {
    }

    /**
     * Two distances, or the two places they are measured from, when the places differ: not one
     * slot given two values.
     */
    static boolean differentPlaces(Value va, SlotComparer.Side a, Value vb, SlotComparer.Side b) {
        Value pa = va.isName() ? (measuredFrom(va, a) ? va : null) : placeOf(va, a);
        Value pb = vb.isName() ? (measuredFrom(vb, b) ? vb : null) : placeOf(vb, b);
        return pa != null && pb != null && !ValueEquivalence.statedBy(pa, pb) && !ValueEquivalence.statedBy(pb, pa);
    }

    /** The place a distance is measured from: "30 kilometres [east] of [Port Mara]", or null. */
    private static @Nullable Value placeOf(Value v, SlotComparer.Side s) {
        if (!v.hasAmount()) {
            return null;
        }
        List<Token> t = s.tokens();
        int i = v.to();
        if (i >= t.size() || !length(t.get(i).key())) {
            return null;
        }
        i++;
        while (i < t.size() && DIRECTIONS.contains(t.get(i).key())) {
            i++;
        }
        if (i >= t.size() || !FROM.contains(t.get(i).key())) {
            return null;
        }
        int at = i + 1;
        while (at < t.size() && t.get(at).key().equals("the")) {
            at++;
        }
        for (Value o : s.values()) {
            if (o.isName() && o.from() == at) {
                return o;
            }
        }
        return null;
    }

    /** A name right after "[unit] [direction] of" or "[unit] from": the reference point of a distance. */
    private static boolean measuredFrom(Value name, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        int i = name.from() - 1;
        while (i >= 0 && t.get(i).key().equals("the")) {
            i--;
        }
        if (i < 1 || !FROM.contains(t.get(i).key())) {
            return false;
        }
        String before = t.get(i - 1).key();
        return DIRECTIONS.contains(before) || length(before);
    }

    /** A unit of length in any of its forms ("miles", "km"). */
    private static boolean length(String key) {
        String unit = Lexicon.unitOfMeasure(key);
        return unit != null && LENGTHS.contains(unit);
    }
}
