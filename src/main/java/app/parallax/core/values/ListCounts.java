package app.parallax.core.values;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * A count one outlet gives as a figure and the other by naming each thing: "where the
 * Indo-Australian, Eurasian, Philippine and Pacific plates meet" names four plates, "where two
 * continental plates meet" counts two. Only a list of names joined by commas and a last "and" or
 * "or" right before a plural noun, against a figure a word or two before the same noun, in two
 * linked passages: worth a look (a writer may list only some, or count only the main ones).
 */
final class ListCounts {

    /** Words a figure may stand before its noun: "two [continental] plates". */
    private static final int WORDS_BEFORE_NOUN = 2;
    /** Words a list item may have: "[New] [Zealand]". */
    private static final int ITEM_WORDS = 2;
    private static final int MAX_COUNT = 20;

    /** A list of {@code count} names ending in the plural noun {@code noun} (its key). */
    private record NamedList(int from, int to, int count, String noun) {
    }

    private ListCounts() {
    }

    /** Flags for a thing counted by a list in one passage and by a figure in the other. */
    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b) {
        List<Difference> out = new ArrayList<>();
        for (NamedList list : lists(a)) {
            Value figure = figureBefore(list.noun(), b);
            if (figure != null && figure.amount() != list.count() && lists(b).stream().noneMatch(l -> l.noun().equals(list.noun()))) {
                out.add(flag(a, list, b, figure, true));
            }
        }
        for (NamedList list : lists(b)) {
            Value figure = figureBefore(list.noun(), a);
            if (figure != null && figure.amount() != list.count() && lists(a).stream().noneMatch(l -> l.noun().equals(list.noun()))) {
                out.add(flag(b, list, a, figure, false));
            }
        }
        return out;
    }

    private static Difference flag(SlotComparer.Side listSide, NamedList list, SlotComparer.Side figureSide, Value figure,
                                   boolean listFirst) {
        List<Token> t = listSide.tokens();
        TextRange rl = new TextRange(t.get(list.from()).range().start(), t.get(list.to() - 1).range().end());
        TextRange rf = SlotComparer.spanOf(figureSide.tokens(), figure);
        return listFirst
                ? new Difference(DifferenceKind.CONFLICT, ConflictKind.NUMBER, rl.of(listSide.text()), rf.of(figureSide.text()),
                        rl, rf, Grade.VALUES_DIFFER)
                : new Difference(DifferenceKind.CONFLICT, ConflictKind.NUMBER, rf.of(figureSide.text()), rl.of(listSide.text()),
                        rf, rl, Grade.VALUES_DIFFER);
    }

    /** Lists of capitalised names right before a lower-case plural noun: "the Eurasian, Philippine and Pacific plates". */
    private static List<NamedList> lists(SlotComparer.Side s) {
        List<Token> t = s.tokens();
        List<NamedList> out = new ArrayList<>();
        for (int n = 1; n < t.size(); n++) {
            Token noun = t.get(n);
            if (noun.capitalized() || !noun.key().endsWith("s") || noun.isNumeric() || !Residences.spaceBetween(s, n - 1, n)) {
                continue;
            }
            int items = 0;
            int i = n - 1;
            boolean joined = false;
            int start = n;
            while (i >= 0) {
                int words = 0;
                while (i >= 0 && words < ITEM_WORDS && t.get(i).capitalized() && !t.get(i).isNumeric()
                        && (words == 0 || Residences.spaceBetween(s, i, i + 1))) {
                    i--;
                    words++;
                }
                if (words == 0) {
                    break;
                }
                items++;
                start = i + 1;
                if (i < 0) {
                    break;
                }
                String gap = s.text().substring(t.get(i).range().end(), t.get(start).range().start()).trim();
                String k = t.get(i).key();
                if (!joined && (k.equals("and") || k.equals("or")) && gap.isEmpty()) {
                    joined = true;
                    i--; // the item before "and" ends here, an Oxford comma or not
                } else if (!joined || !gap.equals(",")) {
                    break;
                }
            }
            if (joined && items >= 2) {
                out.add(new NamedList(start, n + 1, items, noun.key()));
            }
        }
        return out;
    }

    /** A plain count a word or two before the same plural noun: "two continental plates", not "a 15-inch model". */
    private static @org.jspecify.annotations.Nullable Value figureBefore(String noun, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        for (Value v : s.values()) {
            if (v.kind() != ConflictKind.NUMBER || !v.hasAmount() || v.hedge().hedged() || v.amount() < 2
                    || v.amount() > MAX_COUNT || v.amount() != Math.rint(v.amount())) {
                continue;
            }
            if (v.to() < t.size() && !Residences.spaceBetween(s, v.to() - 1, v.to())) {
                continue; // "15-inch": a size, not a count
            }
            for (int j = v.to(); j < Math.min(t.size(), v.to() + WORDS_BEFORE_NOUN); j++) {
                if (t.get(j).key().equals(noun)) {
                    return v;
                }
                if (t.get(j).capitalized() || t.get(j).isNumeric()) {
                    break;
                }
            }
        }
        return null;
    }
}
