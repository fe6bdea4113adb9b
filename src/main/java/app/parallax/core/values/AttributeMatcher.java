package app.parallax.core.values;

import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds, across a whole story, passages of different articles that give one attribute two values
 * although they report different facts and so were not linked: the same name spelled two ways
 * ("the Independence Street apartment had been left on" / "found in an apartment on Independent
 * Street"), a figure that belongs to the same name ("Bowe (45-1, 33 KOs) had been training" /
 * "Riddick Bowe (43-1) scored a decision"), one person given two home towns ("Anthony Lowe, 36, of
 * Minneapolis" / "Anthony Lowe of Bloomington"), the same people's ages listed with one told two
 * ways, two close figures counting the same thing beside the same words ("the 7.7 magnitude quake
 * damaged 42 buildings" / "since the 7.6 magnitude quakes struck"), one quake's magnitude read two
 * ways ({@link Magnitudes}), one event's death toll told two ways ({@link DeathTolls}), its
 * injured counted two ways ({@link InjuryTolls}), one person given two ages ({@link NamedAges}), one
 * place given two populations ({@link Populations}), one moment timed twice ({@link EventTimes}),
 * or one deal's price told two ways ({@link DealPrices}; stated alike, the two passages are linked
 * as agreeing on it). A reader comparing outlets wants these whichever sentence they sit in.
 * <p>
 * Every such flag is {@link Grade#VALUES_DIFFER}: the passages are not one statement, so the
 * evidence that the two values fill one slot is the words beside them alone. The rules are
 * narrower than {@link SlotComparer}'s for that reason: a shared word right beside both values and
 * another near them, not a unit of time or an age; figures within {@value #CLOSE_SHARE} of each
 * other (two counts of different things rarely land that close; a 6.1 aftershock is not the 7.6
 * main quake), a name spelled two
 * ways only where each article keeps to its own spelling (an article that writes both has a typo,
 * not a different account).
 */
public final class AttributeMatcher {

    /** Two figures this close (relative to the larger) may be two accounts of one quantity. */
    static final double CLOSE_SHARE = 0.05;
    /**
     * A phrase that carries more values than this across the story ("affects [N] residents" in a
     * roundup, "[X] City" in a list of towns) names many things, not one attribute told two ways.
     */
    static final int MAX_FORMS = 8;
    /** Words either side of a figure searched for a second shared word. */
    private static final int WINDOW = 4;

    private AttributeMatcher() {
    }

    /**
     * One passage of the story.
     *
     * @param article     index of its article
     * @param side        its tokens, values and article text
     * @param articleText its article's whole text in lower case, to tell whether a spelling occurs there
     */
    public record Passage(int article, SlotComparer.Side side, String articleText) {
    }

    /**
     * Passages {@code a} and {@code b} (indexes into the list given, a before b) and what they differ
     * in; no flags when they state the attribute alike.
     */
    public record Found(int a, int b, List<Difference> flags) {
    }

    /**
     * @param passages  the story's passages
     * @param skip      pairs not to report (already linked), as {@link #pairKey} of their indexes
     * @return one entry per pair of passages with flags, ordered by a then b; never null
     */
    public static List<Found> find(List<Passage> passages, Set<Long> skip) {
        Map<String, List<long[]>> buckets = new HashMap<>();
        for (int p = 0; p < passages.size(); p++) {
            SlotComparer.Side s = passages.get(p).side();
            List<Value> values = s.values();
            for (int v = 0; v < values.size(); v++) {
                for (String key : keys(values.get(v), s)) {
                    buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(new long[] {p, v});
                }
            }
        }
        Map<Long, List<Difference>> flags = new HashMap<>();
        for (List<long[]> bucket : buckets.values()) {
            // values written alike never differ: compare each pair of forms once, then their passages
            List<List<long[]>> forms = new ArrayList<>(forms(bucket, passages).values());
            if (forms.size() > MAX_FORMS) {
                continue;
            }
            for (int i = 0; i < forms.size(); i++) {
                for (int j = i + 1; j < forms.size(); j++) {
                    if (formsDiffer(value(forms.get(i).get(0), passages), value(forms.get(j).get(0), passages))) {
                        for (long[] x : forms.get(i)) {
                            for (long[] y : forms.get(j)) {
                                compare(x, y, passages, skip, flags);
                            }
                        }
                    }
                }
            }
        }
        Map<Integer, List<Value>> fullNames = fullNamesByArticle(passages);
        residences(passages, skip, flags, fullNames);
        ageLists(passages, skip, flags);
        magnitudes(passages, skip, flags);
        deathTolls(passages, skip, flags);
        placedTolls(passages, skip, flags);
        injuryTolls(passages, skip, flags);
        namedAges(passages, skip, flags, fullNames);
        populations(passages, skip, flags);
        eventTimes(passages, skip, flags);
        partyTags(passages, skip, flags);
        Set<Long> alike = new HashSet<>();
        dealPrices(passages, skip, flags, alike);
        List<Found> out = new ArrayList<>();
        flags.forEach((key, list) -> {
            list.sort(java.util.Comparator.comparingInt(d -> d.aRange().start()));
            out.add(new Found((int) (key >>> 32), (int) (long) key, List.copyOf(list)));
        });
        for (long key : alike) {
            if (!flags.containsKey(key)) {
                out.add(new Found((int) (key >>> 32), (int) (long) key, List.of()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::a).thenComparingInt(Found::b));
        return out;
    }

    /**
     * The full names of people each article gives, in any passage ("Dana Marie Reyes"), so a
     * family name alone can be read as the one person of that name its article names in full.
     */
    private static Map<Integer, List<Value>> fullNamesByArticle(List<Passage> passages) {
        Map<Integer, List<Value>> out = new HashMap<>();
        for (Passage p : passages) {
            for (Value v : p.side().values()) {
                if (v.kind() == ConflictKind.PERSON) {
                    Value name = Residences.withOpeningWord(v, p.side());
                    if (Residences.fullName(name)) {
                        out.computeIfAbsent(p.article(), k -> new ArrayList<>()).add(name);
                    }
                }
            }
        }
        return out;
    }

    /**
     * One person given two home towns by two articles ("Anthony Lowe, 36, of Minneapolis" /
     * "Anthony Phillip Lowe of Bloomington was charged"), whatever else the two passages report:
     * {@link Residences#fullNameClashes}.
     */
    private static void residences(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags,
                                   Map<Integer, List<Value>> fullNames) {
        forPairs(passages, skip, p -> nonEmpty(Residences.byFullName(Residences.of(p.side()),
                        fullNames.getOrDefault(p.article(), List.of()))),
                (pa, homesA, articleA, pb, homesB, articleB) -> Residences.fullNameClashes(homesA, homesB).stream()
                .map(clash -> SlotComparer.flag(ConflictKind.PLACE, clash[0].place(), pa.side(), clash[1].place(),
                        pb.side(), Grade.VALUES_DIFFER))
                .toList(), flags);
    }

    /**
     * The same people's ages listed by two articles, all but one alike ("two women, 68 and 48 years
     * old" / "Robyn Mendes, 48, and Catherine Gomes, 61"), the two left over close: {@link AgeLists}.
     */
    private static void ageLists(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        forPairs(passages, skip, p -> {
            List<Value> ages = AgeLists.ages(p.side());
            return ages.size() >= AgeLists.MIN_AGES ? ages : null;
        }, (pa, agesA, articleA, pb, agesB, articleB) ->
                worthALook(ConflictKind.NUMBER, pairOf(AgeLists.closeLeftOver(agesA, agesB)), pa, pb), flags);
    }

    /**
     * One quake's magnitude given two close values by two articles, each keeping to its own ("the
     * 7.7 magnitude quake damaged 42 buildings" / "two quakes, measuring 7.6 and 7.4, struck"):
     * {@link Magnitudes}.
     */
    private static void magnitudes(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        forPairs(passages, skip, p -> nonEmpty(Magnitudes.of(p.side())), (pa, magA, articleA, pb, magB, articleB) ->
                worthALook(ConflictKind.NUMBER, Magnitudes.twoReadings(pa.side(), magA, flat(articleA), pb.side(), magB,
                        flat(articleB)), pa, pb), flags);
    }

    /**
     * One event's death toll told two ways by two articles ("rocked the city on Sunday, killing four
     * people" / "a powerful quake levelled buildings and killed one person"): {@link DeathTolls}.
     */
    private static void deathTolls(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        forPairs(passages, skip, p -> DeathTolls.of(p.side()), (pa, tollA, articleA, pb, tollB, articleB) ->
                worthALook(ConflictKind.NUMBER, pairOf(DeathTolls.twoAccounts(tollA, articleA, tollB, articleB)), pa, pb),
                flags);
    }

    /**
     * One place's toll told two ways by two articles, of this event or an older one ("the tsunami
     * killed 168,000 people in Aceh" / "killed 230,000 people, over 170,000 of them in Aceh"):
     * {@link DeathTolls#onePlaceTwoTolls}.
     */
    private static void placedTolls(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        forPairs(passages, skip, p -> nonEmpty(DeathTolls.placed(p.side())), (pa, tollsA, articleA, pb, tollsB, articleB) -> {
            List<Value[]> pairs = new ArrayList<>();
            for (DeathTolls.PlacedToll x : tollsA) {
                for (DeathTolls.PlacedToll y : tollsB) {
                    Value[] two = DeathTolls.onePlaceTwoTolls(x, flat(articleA), y, flat(articleB));
                    if (two != null) {
                        pairs.add(two);
                    }
                }
            }
            return worthALook(ConflictKind.NUMBER, pairs, pa, pb);
        }, flags);
    }

    /**
     * One event's injured counted two ways by two articles, for the same grade of injury ("dozens of
     * others were seriously injured" / "eight people suffered serious injuries"): {@link InjuryTolls}.
     * Only between two articles that both tell of dead or neither does: a report of a quake that
     * killed ten and one of a quake that hurt five are two quakes, whatever each says of the injured.
     */
    private static void injuryTolls(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        Set<Integer> withDead = new HashSet<>();
        for (Passage p : passages) {
            if (InjuryTolls.tellsOfDead(p.side())) {
                withDead.add(p.article());
            }
        }
        forPairs(passages, skip, p -> InjuryTolls.of(p.side()), (pa, countsA, articleA, pb, countsB, articleB) ->
                withDead.contains(pa.article()) != withDead.contains(pb.article()) ? List.of()
                        : worthALook(ConflictKind.NUMBER, InjuryTolls.twoAccounts(countsA, articleA, countsB, articleB),
                        pa, pb), flags);
    }

    /**
     * One person, by full name, given two ages by two articles ("John Jenkin, 23, was arrested" /
     * "34-year-old John Jenkin appeared in court"): {@link NamedAges}.
     */
    private static void namedAges(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags,
                                  Map<Integer, List<Value>> fullNames) {
        forPairs(passages, skip, p -> nonEmpty(NamedAges.of(p.side(), fullNames.getOrDefault(p.article(), List.of()))),
                (pa, agesA, articleA, pb, agesB, articleB) -> NamedAges.clashes(agesA, flat(articleA), agesB,
                flat(articleB)).stream()
                .map(two -> SlotComparer.flag(ConflictKind.NUMBER, two[0].age(), pa.side(), two[1].age(), pb.side(),
                        Grade.VALUES_DIFFER))
                .toList(), flags);
    }

    /** One lawmaker given two states or parties by two articles ("(R-Texas)" / "(R-Tenn.)"): {@link PartyTags}. */
    private static void partyTags(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        forPairs(passages, skip, p -> nonEmpty(PartyTags.of(p.side())),
                (pa, tagsA, articleA, pb, tagsB, articleB) -> PartyTags.clashes(tagsA, pa.side(), tagsB, pb.side()), flags);
    }

    /**
     * One place given two close populations by two articles ("Dunmore, a city of 52,000 people" /
     * "Dunmore … home to 55,000 people"): {@link Populations}.
     */
    private static void populations(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        forPairs(passages, skip, p -> nonEmpty(Populations.of(p.side())), (pa, popA, articleA, pb, popB, articleB) ->
                worthALook(ConflictKind.NUMBER, Populations.twoCounts(popA, flat(articleA), popB, flat(articleB)), pa, pb),
                flags);
    }

    /**
     * One moment timed minutes apart by two articles, the same word leading to both times ("the
     * fire broke out about 7.10pm" / "broke out in the warehouse roof at 7.18pm"):
     * {@link EventTimes}.
     */
    private static void eventTimes(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags) {
        forPairs(passages, skip, p -> nonEmpty(EventTimes.of(p.side())), (pa, timesA, articleA, pb, timesB, articleB) ->
                worthALook(ConflictKind.CLOCK, EventTimes.twoTimings(timesA, flat(articleA), timesB, flat(articleB)), pa, pb),
                flags);
    }

    /**
     * One deal's price told two ways by two articles ("the paper said Norvik will pay $4 billion to
     * $5 billion" / "will buy the company for $5.6 billion"): {@link DealPrices#twoPrices}; or stated
     * alike in sentences that report other things ("Norvik will buy the company for $5.6 billion" /
     * "analysts say Norvik's $5.6 billion purchase …"): {@link DealPrices#alike}, such a pair added
     * to {@code alike}, to be linked as agreeing on that attribute.
     */
    private static void dealPrices(List<Passage> passages, Set<Long> skip, Map<Long, List<Difference>> flags,
                                   Set<Long> alike) {
        eachPair(passages, skip, p -> DealPrices.of(p.side()), (key, pa, priceA, articleA, pb, priceB, articleB) -> {
            Value[] two = DealPrices.twoPrices(priceA, articleA, priceB, articleB);
            if (two != null) {
                worthALook(ConflictKind.MONEY, pairOf(two), pa, pb).forEach(d -> add(flags, key, d));
            } else if (DealPrices.alike(priceA, articleA, priceB, articleB)) {
                alike.add(key);
            }
        });
    }

    /** A list rule's holding: null for a passage that gives nothing for it. */
    private static <T> @org.jspecify.annotations.Nullable List<T> nonEmpty(List<T> found) {
        return found.isEmpty() ? null : found;
    }

    /** The one pair {a value, b value} a rule found, or none. */
    private static List<Value[]> pairOf(Value @org.jspecify.annotations.Nullable [] two) {
        return two == null ? List.of() : List.<Value[]>of(two);
    }

    /** A story-wide rule's pairs {a value, b value} as flags of grade values differ. */
    private static List<Difference> worthALook(ConflictKind kind, List<Value[]> pairs, Passage a, Passage b) {
        return pairs.stream().map(two -> SlotComparer.flag(kind, two[0], a.side(), two[1], b.side(), Grade.VALUES_DIFFER))
                .toList();
    }

    private static <T> List<T> flat(List<List<T>> lists) {
        return lists.stream().flatMap(List::stream).toList();
    }

    /** What a passage holds for one attribute rule, made once per passage; null when nothing. */
    private interface Holding<T> {
        @org.jspecify.annotations.Nullable T of(Passage p);
    }

    /**
     * The flags one attribute rule raises between two passages, each given what it holds and what
     * every passage of its article holds (for rules that ask whether an article keeps to one value).
     */
    private interface PairRule<T> {
        List<Difference> flags(Passage a, T heldA, List<T> articleA, Passage b, T heldB, List<T> articleB);
    }

    /** Applies {@code rule} to every pair of passages {@link #eachPair} visits, keeping its flags. */
    private static <T> void forPairs(List<Passage> passages, Set<Long> skip, Holding<T> holding, PairRule<T> rule,
                                     Map<Long, List<Difference>> flags) {
        eachPair(passages, skip, holding, (key, pa, heldA, articleA, pb, heldB, articleB) -> {
            for (Difference d : rule.flags(pa, heldA, articleA, pb, heldB, articleB)) {
                add(flags, key, d);
            }
        });
    }

    /** One pair of passages that both hold something for a rule, with its {@link #pairKey}. */
    private interface PairVisitor<T> {
        void visit(long key, Passage a, T heldA, List<T> articleA, Passage b, T heldB, List<T> articleB);
    }

    /**
     * Visits every pair of passages of two articles, not linked ({@code skip}), that both hold
     * something for a rule: the holdings are made once per passage, so the pairs cost only among
     * the few passages that give, say, ages or home towns.
     */
    private static <T> void eachPair(List<Passage> passages, Set<Long> skip, Holding<T> holding, PairVisitor<T> visitor) {
        List<Integer> holders = new ArrayList<>();
        Map<Integer, T> held = new HashMap<>();
        Map<Integer, List<T>> byArticle = new HashMap<>();
        for (int p = 0; p < passages.size(); p++) {
            T h = holding.of(passages.get(p));
            if (h != null) {
                holders.add(p);
                held.put(p, h);
                byArticle.computeIfAbsent(passages.get(p).article(), k -> new ArrayList<>()).add(h);
            }
        }
        for (int i = 0; i < holders.size(); i++) {
            for (int j = i + 1; j < holders.size(); j++) {
                int p = holders.get(i);
                int q = holders.get(j);
                Passage pa = passages.get(p);
                Passage pb = passages.get(q);
                long key = pairKey(p, q);
                if (pa.article() != pb.article() && !skip.contains(key)) {
                    visitor.visit(key, pa, held.get(p), byArticle.get(pa.article()), pb, held.get(q),
                            byArticle.get(pb.article()));
                }
            }
        }
    }

    /** Adds a flag to a pair's list unless one there already marks either of its words. */
    private static void add(Map<Long, List<Difference>> flags, long key, Difference d) {
        List<Difference> list = flags.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(o -> o.aRange().equals(d.aRange()) || o.bRange().equals(d.bRange()))) {
            list.add(d);
        }
    }

    /** A bucket's entries grouped by the value as written (kind, unit, hedge and normal form). */
    private static Map<String, List<long[]>> forms(List<long[]> bucket, List<Passage> passages) {
        Map<String, List<long[]>> out = new java.util.LinkedHashMap<>();
        for (long[] e : bucket) {
            Value v = value(e, passages);
            out.computeIfAbsent(v.kind() + "|" + v.unit() + "|" + v.hedge() + "|" + v.norm(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static Value value(long[] entry, List<Passage> passages) {
        return passages.get((int) entry[0]).side().values().get((int) entry[1]);
    }

    /** What two values are enough to tell, whatever passages they stand in. */
    private static boolean formsDiffer(Value va, Value vb) {
        if (va.kind() != vb.kind()) {
            return false;
        }
        if (va.isName()) {
            return (ValueEquivalence.spellingsOfOneName(va, vb) || ValueEquivalence.oneStreetTwoEndings(va, vb))
                    && !ValueEquivalence.oneNameWrittenTwoWays(va, vb);
        }
        if (!va.unit().equals(vb.unit()) || !ValueEquivalence.comparable(va, vb) || ValueEquivalence.compatible(va, vb)) {
            return false;
        }
        return ValueFinder.RECORD.equals(va.unit()) ? close(games(va), games(vb)) : close(va.amount(), vb.amount());
    }

    /** Flags entries x and y when their passages are of two articles, not linked, and differ there. */
    private static void compare(long[] x, long[] y, List<Passage> passages, Set<Long> skip,
                                Map<Long, List<Difference>> flags) {
        if (x[0] > y[0]) {
            long[] t = x;
            x = y;
            y = t;
        }
        int p = (int) x[0];
        int q = (int) y[0];
        long key = pairKey(p, q);
        Passage pa = passages.get(p);
        Passage pb = passages.get(q);
        if (pa.article() == pb.article() || skip.contains(key)) {
            return;
        }
        Value va = pa.side().values().get((int) x[1]);
        Value vb = pb.side().values().get((int) y[1]);
        if (differ(va, pa, vb, pb)) {
            List<Difference> list = flags.computeIfAbsent(key, k -> new ArrayList<>());
            Difference d = SlotComparer.flag(va.kind(), va, pa.side(), vb, pb.side(), Grade.VALUES_DIFFER);
            if (list.stream().noneMatch(o -> o.aRange().equals(d.aRange()) || o.bRange().equals(d.bRange()))) {
                list.add(d);
            }
        }
    }

    /** The key of an unordered pair of passage indexes. */
    public static long pairKey(int x, int y) {
        return ((long) Math.min(x, y) << 32) | Math.max(x, y);
    }

    /**
     * Where a value may meet its counterpart: a name by each of its words ("gregg" for Gregg
     * Milliote and Gregg Miliote), in a sound-alike form (Milliote and Miliote meet), a figure by the content word right before or right after it.
     */
    private static List<String> keys(Value v, SlotComparer.Side s) {
        List<String> out = new ArrayList<>();
        if (v.isName() && v.kind() != ConflictKind.COUNTRY) {
            for (String w : v.norm().split(" ")) {
                if (w.length() >= 3) {
                    out.add("name:" + v.kind() + ":" + app.parallax.core.text.TermKeys.fold(w));
                }
            }
            return out;
        }
        if (!figure(v)) {
            return out;
        }
        List<Token> tokens = s.tokens();
        int owner = owner(v, s);
        if (owner >= 0) {
            out.add("owner:" + tokens.get(owner).key());
        } else if (v.from() > 0 && anchorWord(tokens.get(v.from() - 1))
                && SlotComparer.sameClause(tokens, v.from() - 1, v.from(), s.text())
                && !SlotComparer.bracketOrComma(tokens, v.from() - 1, v.from(), s.text())) {
            out.add("before:" + tokens.get(v.from() - 1).key());
        }
        if (v.to() < tokens.size() && anchorWord(tokens.get(v.to())) && !tokens.get(v.to()).capitalized()
                && !timeOrAge(tokens.get(v.to()))
                && SlotComparer.sameClause(tokens, v.to() - 1, v.to(), s.text())
                && !SlotComparer.bracketOrComma(tokens, v.to() - 1, v.to(), s.text())) {
            out.add("after:" + tokens.get(v.to()).key());
        }
        return out;
    }

    /**
     * "10-[year-old] girl", "36 [years] old", "five [days]": ages and durations are too common for
     * their unit to say that two figures are one quantity (a 10-year-old and an 11-year-old are
     * usually two children).
     */
    private static boolean timeOrAge(Token t) {
        return Lexicon.isTimeUnit(t.key()) || Lexicon.isAgeSuffix(t.key());
    }

    /** A count, amount, share or sports record; not a year, date or clock time. */
    private static boolean figure(Value v) {
        return (v.kind() == ConflictKind.NUMBER || v.kind() == ConflictKind.MONEY || v.kind() == ConflictKind.PERCENT)
                && v.hedge() != Hedge.VAGUE && (v.hasAmount() || ValueFinder.RECORD.equals(v.unit()));
    }

    private static boolean anchorWord(Token t) {
        return WordAlignment.isContent(t) && !t.isNumeric() && !Lexicon.isReportingVerb(t.key());
    }

    /** Lower-case words a sports record may stand behind the name it belongs to. */
    private static final int RECORD_REACH = 4;

    /**
     * The token of the name a figure belongs to, or -1: the name right before it ({@link
     * #ownedByName}), or for a sports record reached ("to 52-3") the name a few lower-case words
     * before it in its clause ("Klitschko improved his record to 52-3", "took Klitschko's record to
     * 52-3"; not "rally the Sixers from a 5-19 start", another season's).
     */
    private static int owner(Value v, SlotComparer.Side s) {
        List<Token> tokens = s.tokens();
        if (ownedByName(v, s)) {
            return anchorWord(tokens.get(v.from() - 1))
                    && SlotComparer.sameClause(tokens, v.from() - 1, v.from(), s.text()) ? v.from() - 1 : -1;
        }
        // only a record reached ("improved to", "record to"): "from a 5-19 start" is another season's
        if (!ValueFinder.RECORD.equals(v.unit()) || v.from() == 0 || !tokens.get(v.from() - 1).key().equals("to")) {
            return -1;
        }
        for (int i = v.from() - 1; i >= 0 && i >= v.from() - 1 - RECORD_REACH; i--) {
            Token t = tokens.get(i);
            if (t.capitalized()) {
                return i < v.from() - 1 && anchorWord(t) && SlotComparer.sameClause(tokens, i, v.from(), s.text())
                        && !SlotComparer.bracketOrComma(tokens, i, v.from(), s.text()) ? i : -1;
            }
            if (t.isNumeric()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A figure right after a name, set off by a comma or bracket ("Bowe (45-1", "Gomes, 61"): it
     * belongs to that name.
     */
    private static boolean ownedByName(Value v, SlotComparer.Side s) {
        if (v.from() == 0 || !(v.unit().isEmpty() || ValueFinder.RECORD.equals(v.unit())) || v.hedge().hedged()) {
            return false;
        }
        Token before = s.tokens().get(v.from() - 1);
        // a capital at the start of a sentence may be any word, but one right before a record in
        // brackets ("Bowe (45-1, 33 KOs) had been training") is its owner
        return before.capitalized() && WordAlignment.isContent(before)
                && (!before.sentenceInitial() || ValueFinder.RECORD.equals(v.unit()));
    }

    /**
     * Whether two values whose forms differ ({@link #formsDiffer}) are one attribute given two
     * values where they stand: neither passage states the other's value, a name's article keeps to
     * its own spelling, a figure belongs to the same name or has a second word in common.
     */
    private static boolean differ(Value va, Passage pa, Value vb, Passage pb) {
        SlotComparer.Side a = pa.side();
        SlotComparer.Side b = pb.side();
        if (SlotComparer.stated(va, b.values()) || SlotComparer.stated(vb, a.values())) {
            return false;
        }
        if (va.isName()) {
            return !pa.articleText().contains(written(vb, b)) && !pb.articleText().contains(written(va, a));
        }
        if (SlotComparer.roundedAlike(va, a, vb, b)) {
            return false;
        }
        int ownerA = owner(va, a);
        int ownerB = owner(vb, b);
        if ((ownerA >= 0) != (ownerB >= 0)) {
            return false;
        }
        if (ownerA >= 0) {
            return a.tokens().get(ownerA).key().equals(b.tokens().get(ownerB).key());
        }
        return va.hasAmount() && vb.hasAmount() && secondSharedWord(va, a, vb, b);
    }

    /**
     * Two figures different yet within {@link #CLOSE_SHARE} of the larger: "45-1" and "43-1" may
     * be one boxer's record told twice, "52-3" and "58-3" are his records years apart.
     */
    private static boolean close(double x, double y) {
        double ax = Math.abs(x);
        double ay = Math.abs(y);
        return ax != ay && Math.abs(ax - ay) <= CLOSE_SHARE * Math.max(ax, ay);
    }

    /** The bouts a record counts: wins, losses and draws added up. */
    private static double games(Value record) {
        double sum = 0;
        for (String part : record.norm().split("-")) {
            try {
                sum += Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return sum;
    }

    /**
     * Besides the word that keyed them, another content word near both figures in their clauses
     * ("7.7 magnitude [quake]" / "7.6 magnitude [quakes]"): "160,000 people" in a city and "168,000
     * people" killed share only the unit.
     */
    private static boolean secondSharedWord(Value va, SlotComparer.Side a, Value vb, SlotComparer.Side b) {
        Set<String> near = new HashSet<>();
        for (int i : near(va, a)) {
            near.add(a.tokens().get(i).key());
        }
        int shared = 0;
        for (int j : near(vb, b)) {
            if (near.remove(b.tokens().get(j).key())) {
                shared++;
            }
        }
        return shared >= 2;
    }

    /** Content word indexes within {@link #WINDOW} either side of a value, in its clause. */
    private static List<Integer> near(Value v, SlotComparer.Side s) {
        List<Integer> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = Math.max(0, v.from() - WINDOW); i < Math.min(tokens.size(), v.to() + WINDOW); i++) {
            if (i >= v.from() && i < v.to()) {
                continue;
            }
            int lo = Math.min(i, v.from());
            int hi = Math.max(i, v.to() - 1);
            if (anchorWord(tokens.get(i)) && SlotComparer.sameClause(tokens, lo, hi, s.text())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The value as its article writes it, in lower case. */
    private static String written(Value v, SlotComparer.Side s) {
        return SlotComparer.spanOf(s.tokens(), v).of(s.text()).toLowerCase(Locale.ROOT);
    }
}
