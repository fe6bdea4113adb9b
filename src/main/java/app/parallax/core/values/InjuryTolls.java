package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * How many people an event injured, which outlets count differently as often as its dead ("the
 * storm injured dozens" against "11 people were hurt"), usually in sentences that report other
 * things too and so are not linked. Counts are told apart by how badly the people were hurt: "dozens
 * of others were seriously injured" and "eight people suffered serious injuries" are one count,
 * "injured dozens" and "eight seriously injured" are two (all the injured, and the worst of them).
 * <p>
 * Only a count in the grammar of one: after an injuring verb ("injuring [at least] 40", "and wounded
 * dozens") or before an injury word its noun and auxiliaries lead to ("12 people were hurt", "eight
 * people had suffered from serious injuries", "a guard was killed and two others wounded": others
 * than the dead are every injured). Not a count made generic or a fear ("might have hurt two"), a
 * passage dated to another time ({@link DeathTolls#dated}), nor any count of an article that gives
 * several of one grade for the present (it reports several incidents, or one with its parts).
 */
final class InjuryTolls {

    /** How badly the people counted were hurt, as the words beside the count say. */
    enum Severity {
        /** No word says: every injured person. */
        ANY,
        /** "seriously", "critically", "severe": the worst hurt only. */
        SERIOUS,
        /** "slightly", "minor": the least hurt only. */
        MINOR
    }

    /** Words between a count and its injury word: "eight [people had suffered from serious] injuries". */
    private static final int WORDS_BETWEEN = 5;
    private static final Set<String> INJURING = Set.of("injuring", "injured", "injures", "wounding", "wounded",
            "hurting");
    private static final Set<String> INJURED = Set.of("injured", "wounded", "hurt");
    /** Nouns of an injury a count "suffered" or "sustained": "two suffered serious injuries". */
    private static final Set<String> INJURIES = Set.of("injury", "injuries", "wounds");
    private static final Set<String> SUFFERED = Set.of("suffered", "sustained", "suffering", "sustaining", "received",
            "got");
    private static final Set<String> SERIOUS = Set.of("seriously", "serious", "critically", "critical", "severely",
            "severe", "gravely", "grave", "badly");
    private static final Set<String> MINOR = Set.of("slightly", "slight", "minor", "lightly", "light");
    /** Between a count and its injury word, words that make it generic or a condition: "when one is hurt". */
    private static final Set<String> NOT_BETWEEN = Set.of("is", "are", "be", "and", "or", "to", "if", "when");
    /** Before a count, words that make it a hope, a fear or a part: "could have hurt two", "one of two". */
    private static final Set<String> NOT_BEFORE = Set.of("might", "could", "may", "would", "will", "to", "for",
            "with", "by", "from", "of");
    /** Words of death: a count of "others" after one is the rest of the victims, all injured. */
    private static final Set<String> DEATH = Set.of("killed", "killing", "dead", "died", "death", "deaths");

    private InjuryTolls() {
    }

    /**
     * One count of a passage.
     *
     * @param count    the figure ("40", "dozens")
     * @param severity how badly the people counted were hurt
     */
    record Count(Value count, Severity severity) {
    }

    /**
     * What a passage says of the injured: its counts (one per grade at most; a grade given two
     * different counts is left out, as {@link #present} leaves such an article), and whether it is
     * dated to another time.
     */
    record Reading(List<Count> counts, List<Severity> several, boolean dated) {
    }

    /** The passage's reading, or null when it gives no injury count. */
    static @org.jspecify.annotations.Nullable Reading of(SlotComparer.Side s) {
        java.util.Map<Severity, Count> counts = new java.util.EnumMap<>(Severity.class);
        java.util.EnumSet<Severity> several = java.util.EnumSet.noneOf(Severity.class);
        for (Value v : s.values()) {
            if (!count(v, s)) {
                continue;
            }
            Severity severity = governed(v, s);
            if (severity != null) {
                Count old = counts.putIfAbsent(severity, new Count(v, severity));
                if (old != null && !sameCount(old.count(), v)) {
                    several.add(severity);
                }
            }
        }
        if (counts.isEmpty()) {
            return null;
        }
        several.forEach(counts::remove);
        return new Reading(List.copyOf(counts.values()), List.copyOf(several), DeathTolls.dated(s));
    }

    /**
     * The one count of a grade an article gives for the present, from its passages' readings, or
     * null: none, several different ones, or only dated ones.
     */
    static @org.jspecify.annotations.Nullable Value present(List<Reading> article, Severity severity) {
        Value found = null;
        for (Reading r : article) {
            if (r.dated()) {
                continue;
            }
            if (r.several().contains(severity)) {
                return null;
            }
            for (Count c : r.counts()) {
                if (c.severity() == severity) {
                    if (found != null && !sameCount(found, c.count())) {
                        return null;
                    }
                    found = found == null ? c.count() : found;
                }
            }
        }
        return found;
    }

    /**
     * Pairs {a count, b count} of one grade that tell one event's injured two ways: each the one
     * present count of that grade its article gives, different and not compatible ("at least 40"
     * and "dozens" may both hold, "dozens" and "eight" may not; so may two lower bounds, each what
     * its outlet knew so far), neither passage dated.
     */
    static List<Value[]> twoAccounts(Reading a, List<Reading> articleA, Reading b, List<Reading> articleB) {
        if (a.dated() || b.dated()) {
            return List.of();
        }
        List<Value[]> out = new java.util.ArrayList<>();
        for (Count ca : a.counts()) {
            for (Count cb : b.counts()) {
                if (ca.severity() != cb.severity() || sameCount(ca.count(), cb.count())
                        || ValueEquivalence.compatible(ca.count(), cb.count())
                        || ca.count().hedge() == Hedge.AT_LEAST && cb.count().hedge() == Hedge.AT_LEAST) {
                    continue;
                }
                Value presentA = present(articleA, ca.severity());
                Value presentB = present(articleB, cb.severity());
                if (presentA != null && presentB != null && sameCount(presentA, ca.count())
                        && sameCount(presentB, cb.count())) {
                    out.add(new Value[] {ca.count(), cb.count()});
                }
            }
        }
        return out;
    }

    /**
     * Whether a passage tells of someone dead in the present event: a death word ("was killed",
     * "died", "two dead") not denied ("no deaths", "nobody was killed") in a passage not dated to
     * another time.
     */
    static boolean tellsOfDead(SlotComparer.Side s) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (DEATH.contains(t.get(i).key()) && !denied(t, i)) {
                return !DeathTolls.dated(s);
            }
        }
        return false;
    }

    private static boolean denied(List<Token> t, int at) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            String k = t.get(i).key();
            if (k.equals("no") || k.equals("not") || k.equals("nobody") || k.equals("without") || k.equals("none")) {
                return true;
            }
        }
        return false;
    }

    /** Two counts alike: the same figure, or the same count word ("dozens"). */
    private static boolean sameCount(Value x, Value y) {
        return x.hasAmount() && y.hasAmount() ? x.amount() == y.amount()
                : !x.hasAmount() && !y.hasAmount() && x.norm().equals(y.norm());
    }

    /** A count of people: a whole number or a plural count word ("dozens"), not money, a share or "no". */
    private static boolean count(Value v, SlotComparer.Side s) {
        if (v.kind() != ConflictKind.NUMBER || !v.unit().isEmpty()) {
            return false;
        }
        boolean figure = v.hasAmount() && v.amount() >= 1 && v.amount() == Math.rint(v.amount());
        if (!figure && Double.isNaN(ValueEquivalence.floor(v))) {
            return false;
        }
        for (int b = Math.max(0, v.from() - 3); b < v.from(); b++) {
            if (NOT_BEFORE.contains(s.tokens().get(b).key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The grade of a count an injury word governs, or null: after an injuring verb, bounds between
     * ("injuring at least 40", graded by an adverb before the verb: "seriously injuring two"), or
     * before an injured word or a suffered injury, nothing but words between ("12 people were
     * hurt", "two suffered minor injuries").
     */
    private static @org.jspecify.annotations.Nullable Severity governed(Value v, SlotComparer.Side s) {
        List<Token> t = s.tokens();
        int i = v.from() - 1;
        while (i >= 0 && DeathTolls.BOUND_WORDS.contains(t.get(i).key()) && Residences.spaceBetween(s, i, i + 1)) {
            i--;
        }
        if (i >= 0 && Residences.spaceBetween(s, i, i + 1) && INJURING.contains(t.get(i).key())) {
            return i > 0 ? severity(t.get(i - 1).key(), Severity.ANY) : Severity.ANY;
        }
        boolean afterDeath = false;
        for (int b = 0; b < v.from(); b++) {
            afterDeath |= DEATH.contains(t.get(b).key());
        }
        Severity severity = Severity.ANY;
        boolean suffered = false;
        for (int j = v.to(); j < Math.min(t.size(), v.to() + WORDS_BETWEEN + 1) && Residences.spaceBetween(s, j - 1, j);
             j++) {
            String k = t.get(j).key();
            if (INJURED.contains(k) || suffered && INJURIES.contains(k)) {
                return severity;
            }
            boolean others = k.equals("others") || k.equals("other") || k.equals("of") && j + 1 < t.size()
                    && t.get(j + 1).key().startsWith("other");
            if (t.get(j).isNumeric() || NOT_BETWEEN.contains(k) || (others || k.equals("of")) && !afterDeath
                    || k.equals("no") || k.equals("not")) {
                return null;
            }
            severity = severity(k, severity);
            suffered |= SUFFERED.contains(k);
        }
        return null;
    }

    private static Severity severity(String word, Severity otherwise) {
        return SERIOUS.contains(word) ? Severity.SERIOUS : MINOR.contains(word) ? Severity.MINOR : otherwise;
    }
}
