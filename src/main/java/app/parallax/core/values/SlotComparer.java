package app.parallax.core.values;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.classify.Lexicon;
import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the values of two linked passages where they stand. Two values of one type conflict when
 * they fill the same slot: the words that govern them are aligned ("served from [1981]" / "held the
 * seat from [1980]", "[$2,413.50] on the Lakeside Inn" / "a [$2,143.50] stay at the Lakeside
 * Inn"), however much the rest of the passages differ; or, between passages that cover each
 * other closely, each is the only value of its type. A value that the other passage also states, or
 * that is compatible with the other ({@link ValueEquivalence}), is no difference.
 * <p>
 * Grades: a {@link Grade#CONFLICT} needs two precise values in one slot (shown by aligned words, or
 * each the only value of its type); a hedged value, two spellings of one name, or a slot shown only
 * weakly gives {@link Grade#VALUES_DIFFER}.
 */
public final class SlotComparer {

    /** Words either side of a value searched for an aligned governing word. */
    private static final int WINDOW = 4;
    /** Coverage of the shorter passage above which two lone values of one type are taken as one slot. */
    private static final double CLOSE_COVERAGE = 0.5;
    /** Coverage above which two lone values of one type are one slot with no aligned word beside them. */
    private static final double LONE_COVERAGE = 0.75;
    /**
     * Coverage of the shorter passage above which the only event time of each linked passage (a
     * day, date, month or year) is taken as the time of the one fact they share, with no aligned
     * word beside it ("stopping him in seven rounds on [Saturday]" / "by stopping him in the
     * seventh round at the arena on [Monday]"): worth a look, not a certain conflict.
     */
    private static final double TIME_COVERAGE = 0.4;
    /** Content words after a number that may name what it counts ("26 Somali pirates", "36-year-old driver"). */
    private static final int UNIT_REACH = 2;
    /** Tallies of this many figures sharing none are two different counts. */
    private static final int TALLY_SIZE = 3;
    /**
     * A name beside both values is weak evidence of one slot: a story names the same people in every
     * sentence ("Fenwick, 28," / "Fenwick scored 33 goals").
     */
    private static final double NAME_ANCHOR = 0.5;
    /** Words within this many of both values govern them; farther ones count {@link #FAR_ANCHOR}. */
    private static final int NEAR = 2;
    private static final double FAR_ANCHOR = 0.5;
    /** Names near but not next to both values never make the slot certain on their own. */
    private static final double NAMES_APART = 0.75;

    /** One passage as the comparer needs it. */
    public record Side(List<Token> tokens, List<Value> values, String text) {
    }

    private SlotComparer() {
    }

    /**
     * @return flagged differences, side a first, in side-a order; never null
     */
    public static List<Difference> compare(Side a, Side b, WordAlignment alignment) {
        List<Difference> out = new ArrayList<>();
        Set<Value> usedB = new HashSet<>();
        double coverage = alignment.coverageOfShorter();
        boolean tallies = differentTallies(a, b);
        Set<Value> usedA = new HashSet<>();
        for (Residences.Residence[] clash : Residences.clashes(a, b)) {
            Value pa = clash[0].place();
            Value pb = clash[1].place();
            if (usedA.add(pa) && usedB.add(pb)) {
                out.add(flag(ConflictKind.PLACE, pa, a, pb, b, Grade.CONFLICT));
            }
        }
        // asked once, only when a figure reaches grading: the passages open on two different people,
        // or one tells of another thing of the kind the other reports
        Boolean otherSubjects = null;
        for (Value va : a.values()) {
            if (usedA.contains(va) || stated(va, b.values())) {
                continue;
            }
            Value best = null;
            double bestAnchor = -1;
            for (Value vb : b.values()) {
                if (usedB.contains(vb) || !ValueEquivalence.comparable(va, vb)
                        || vb.hedge() == Hedge.VAGUE && !ValueEquivalence.belowTheFloor(vb, va)
                        || va.hedge() == Hedge.VAGUE && !ValueEquivalence.belowTheFloor(va, vb)
                        || va.isName() && ValueEquivalence.oneNameWrittenTwoWays(va, vb)
                        || stated(vb, a.values()) || compatibleAsWritten(va, a, vb, b)
                        || va.reportingTime() != vb.reportingTime() && !onlyDays(va, a, vb, b, coverage)
                        || va.possessive() != vb.possessive()
                        || differentUnits(va, a, vb, b, alignment) || roundedAlike(va, a, vb, b)
                        || va.reportingTime() && vb.reportingTime() && !sameStatement(va, a, vb, b, alignment)) {
                    continue;
                }
                double anchor = sameButFor(va, a, vb, b) ? IDENTICAL_REST : anchor(va, a, vb, b, alignment);
                if (ValueEquivalence.spellingsOfOneName(va, vb)) {
                    anchor += SPELLING_FIRST;
                }
                if (anchor > bestAnchor) {
                    best = vb;
                    bestAnchor = anchor;
                }
            }
            if (best == null) {
                continue;
            }
            if (!va.isName()) {
                if (otherSubjects == null) {
                    otherSubjects = OpeningSubjects.differ(a, b) || OtherInstances.marked(a, b, alignment);
                }
                if (otherSubjects) {
                    continue;
                }
            }
            boolean lone = lone(va, a.values()) && lone(best, b.values());
            Grade grade = grade(va, a, best, b, bestAnchor, lone, coverage, tallies, alignment);
            if (grade != null) {
                usedB.add(best);
                out.add(flag(va, a, best, b, grade));
            }
        }
        // each rule of its own class adds what no flag already marks
        addUnmarked(out, QuotedDays.compare(a, b, alignment));
        addUnmarked(out, RangeEnds.compare(a, b, alignment));
        addUnmarked(out, ElapsedTimes.compare(a, b));
        addUnmarked(out, ListCounts.compare(a, b));
        addUnmarked(out, VoteTallies.compare(a, b));
        addUnmarked(out, PartyTags.compare(a, b));
        addUnmarked(out, Misquotes.compare(a, b));
        Value[] ages = AgeLists.leftOver(a, b);
        if (ages != null && !usedA.contains(ages[0]) && !usedB.contains(ages[1])) {
            TextRange ageA = spanOf(a.tokens(), ages[0]);
            if (out.stream().noneMatch(d -> ageA.equals(d.aRange()))) {
                out.add(flag(ages[0], a, ages[1], b, Grade.VALUES_DIFFER));
            }
        }
        return out;
    }

    /** Adds each flag whose words no flag of {@code out} already overlaps on either side. */
    private static void addUnmarked(List<Difference> out, List<Difference> more) {
        for (Difference d : more) {
            if (out.stream().noneMatch(o -> o.aRange().overlaps(d.aRange()) || o.bRange().overlaps(d.bRange()))) {
                out.add(d);
            }
        }
    }

    /**
     * Whether and how to flag two different values: by the slot evidence and the values' nature;
     * null for no flag.
     */
    private static Grade grade(Value va, Side a, Value vb, Side b, double anchor, boolean lone, double coverage,
                               boolean tallies, WordAlignment alignment) {
        boolean strong = anchor >= 1;
        boolean weak = anchor > 0;
        if (va.reportingTime() || vb.reportingTime()) {
            return Grade.VALUES_DIFFER;
        }
        if (va.isName() && (inPartialList(va, a) || inPartialList(vb, b))) {
            return null;
        }
        if (anchor >= IDENTICAL_REST && anchor < SPELLING_FIRST) {
            return va.hedge().hedged() || vb.hedge().hedged() || ValueEquivalence.spellingsOfOneName(va, vb)
                    ? Grade.VALUES_DIFFER : Grade.CONFLICT;
        }
        if (DistancesFrom.differentPlaces(va, a, vb, b)) {
            return null;
        }
        if (va.isName()) {
            if (ValueEquivalence.spellingsOfOneName(va, vb) || ValueEquivalence.oneStreetTwoEndings(va, vb)) {
                return Grade.VALUES_DIFFER;
            }
            if (namedElsewhere(va, a, vb, b)) {
                return null;
            }
            if (ValueEquivalence.partlySameName(va, vb) && strong && va.kind() != ConflictKind.COUNTRY) {
                return Grade.CONFLICT;
            }
            return sameRole(va, a, vb, b, alignment) ? Grade.CONFLICT : null;
        }
        if (timesOfDifferentActs(va, a, vb, b, alignment)) {
            return null;
        }
        if (tallies && va.kind() == ConflictKind.NUMBER || differentScopes(va, a, vb, b) || datedApart(va, a, vb, b)
                || governorsClash(va, a, vb, b, alignment) || differentOwners(va, a, vb, b, alignment)
                || differentSubjects(va, a, vb, b)) {
            return null;
        }
        if (differentUnits(va, a, vb, b, alignment)) {
            return null;
        }
        // a vague count ("dozens") under a figure it cannot hold is one slot only with a word beside both
        if ((va.hedge() == Hedge.VAGUE || vb.hedge() == Hedge.VAGUE) && !strong) {
            return null;
        }
        boolean slot = strong || lone && weak && coverage >= CLOSE_COVERAGE || lone && coverage >= LONE_COVERAGE;
        if (!slot && lone && isTime(va) && coverage >= TIME_COVERAGE && sharedEvent(va, a, vb, b, alignment)) {
            return Grade.VALUES_DIFFER;
        }
        // a full date (month and day) or a sum is specific enough that the only one of each linked
        // passage, with any aligned word beside it, is worth a look however loosely the rest is
        // paraphrased (not a tally: a season's record, a lead and a final score are all "7-0")
        if (!slot && lone && (va.kind() == ConflictKind.DATE || va.kind() == ConflictKind.MONEY) && weak) {
            return Grade.VALUES_DIFFER;
        }
        if (!slot) {
            return null;
        }
        // a converted figure is the other rounded into another unit: approximate however written
        boolean precise = !va.hedge().hedged() && !vb.hedge().hedged() && convertedFigure(va, a) == null
                && convertedFigure(vb, b) == null;
        return precise && (strong || lone) ? Grade.CONFLICT : Grade.VALUES_DIFFER;
    }

    /**
     * What each value counts: the content words right after it ("44 [seconds]", "seven [rounds]"),
     * or nothing. Two units of measure are compared as units, however the model's vectors align them:
     * "90 miles" / "150 kilometres" are two units, "90 miles" / "90 mi." one. Numbers that count different things, or one a thing and the other nothing
     * ("Fenwick, 36," / "two blocks"), are different quantities unless aligned words say otherwise;
     * so are ages of different people ("the 36-year-old [driver]" / "a 66-year-old [woman]").
     */
    static boolean differentUnits(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        if (va.kind() != ConflictKind.NUMBER || va.unit().equals(ValueFinder.RECORD) && vb.unit().equals(ValueFinder.RECORD)) {
            return false;
        }
        List<Integer> ua = counted(va, a);
        List<Integer> ub = counted(vb, b);
        if (ua.isEmpty() || ub.isEmpty()) {
            return va.unit().isEmpty() && ua.size() != ub.size();
        }
        String measureA = Lexicon.unitOfMeasure(a.tokens().get(ua.get(0)).key());
        String measureB = Lexicon.unitOfMeasure(b.tokens().get(ub.get(0)).key());
        if (measureA != null && measureB != null) {
            return !measureA.equals(measureB);
        }
        for (int i : ua) {
            for (int j : ub) {
                if (alignment.partnerOfA(i) == j || a.tokens().get(i).term().equals(b.tokens().get(j).term())
                        || Lexicon.singularOf(a.tokens().get(i).key()).equals(Lexicon.singularOf(b.tokens().get(j).key()))) {
                    return false;
                }
            }
        }
        return !countsWhatTheOtherActsOn(ua, a, governor(vb, b), b) && !countsWhatTheOtherActsOn(ub, b, governor(va, a), a);
    }

    /**
     * The words after one count hold the verb that governs the other: "injuring at least 50
     * people" / "at least 75 [reported injured]", "killed ten people" / "ten [killed]". Both count
     * those the act befell, whatever noun one of them names.
     */
    private static boolean countsWhatTheOtherActsOn(List<Integer> counted, Side s, int governor, Side other) {
        if (governor < 0) {
            return false;
        }
        String verb = other.tokens().get(governor).term();
        return counted.stream().anyMatch(i -> s.tokens().get(i).term().equals(verb));
    }

    /**
     * The content words right after a value that may name what it counts: "seven [villages]", "26
     * [Somali pirates]", "two [young women]"; empty when no content word follows in its clause, or
     * a comma or bracket follows the value ("Robyn Mendes, 48, were discovered": an age in
     * apposition counts nothing).
     */
    private static List<Integer> counted(Value v, Side s) {
        List<Integer> out = new ArrayList<>();
        int from = v.to();
        // the first bound of a range counts what the second does: "between [30] and 80 pounds"
        if (from + 1 < s.tokens().size() && RANGE_JOINERS.contains(s.tokens().get(from).key())
                && s.tokens().get(from + 1).isNumeric()) {
            from += 2;
        }
        // a count word names what it counts after "of": "dozens [of] people", "hundreds [of] homes"
        if (!Double.isNaN(ValueEquivalence.floor(v)) && from + 1 < s.tokens().size()
                && s.tokens().get(from).key().equals("of")) {
            from += 1;
        }
        for (int i = from; i < Math.min(s.tokens().size(), from + UNIT_REACH)
                && sameClause(s.tokens(), i - 1, i, s.text()) && !bracketOrComma(s.tokens(), i - 1, i, s.text()); i++) {
            Token t = s.tokens().get(i);
            if (!WordAlignment.isContent(t) || t.isNumeric()) {
                break;
            }
            if (Lexicon.isAgeSuffix(t.key()) || t.key().equals("old")) {
                continue;
            }
            out.add(i);
        }
        return out;
    }

    /** Words between the two bounds of a range of figures. */
    private static final Set<String> RANGE_JOINERS = Set.of("and", "to", "or");

    /** Words that open a list of some members only ("cities including Miami, Atlanta and Puebla"). */
    private static final Set<String> PARTIAL_LIST_OPENERS = Set.of("including", "include", "includes", "included",
            "among");

    /**
     * The name is one member of a list that names some members only ("competing cities, including
     * Miami; Atlanta; and Puebla"): another report naming another member does not contradict it.
     * Only names, commas, semicolons and "and"/"or" may stand between the opening word and the name.
     */
    private static boolean inPartialList(Value v, Side s) {
        for (int i = v.from() - 1; i >= 0; i--) {
            Token t = s.tokens().get(i);
            if (PARTIAL_LIST_OPENERS.contains(t.key()) || t.key().equals("as") && i > 0
                    && s.tokens().get(i - 1).key().equals("such")) {
                return true;
            }
            boolean joiner = t.key().equals("and") || t.key().equals("or");
            if (!joiner && !(t.capitalized() && !t.sentenceInitial())) {
                return false;
            }
        }
        return false;
    }

    /** A differing word of either name appears in the other's passage: one of the names was cut short. */
    private static boolean namedElsewhere(Value va, Side a, Value vb, Side b) {
        List<String> wa = List.of(va.norm().split(" "));
        List<String> wb = List.of(vb.norm().split(" "));
        return wa.stream().anyMatch(w -> !wb.contains(w) && (w.length() < 3 || mentions(b, w)))
                || wb.stream().anyMatch(w -> !wa.contains(w) && (w.length() < 3 || mentions(a, w)));
    }

    private static boolean mentions(Side s, String foldedWord) {
        return s.tokens().stream().anyMatch(t -> app.parallax.core.text.TermKeys.fold(t.key()).equals(foldedWord));
    }

    /**
     * Two different names in one role: aligned content words stand right before and right after
     * both ("posted online by [Dana Whitcombe], a local teacher" / "… by [Arlo Fenwick], a local
     * teacher"; "an [Italian] climber fell" / "a [Spanish] climber fell").
     */
    private static boolean sameRole(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        return sideAnchored(va, a, vb, b, alignment, -1) && sideAnchored(va, a, vb, b, alignment, 1);
    }

    /** An aligned word (any word, within two of each value) on one side of both values. */
    private static boolean sideAnchored(Value va, Side a, Value vb, Side b, WordAlignment alignment, int dir) {
        List<Integer> wa = window(va, a, dir);
        List<Integer> wb = window(vb, b, dir);
        if (wa.isEmpty() && wb.isEmpty()) {
            return dir < 0 ? va.from() == 0 && vb.from() == 0 : false;
        }
        for (int k = 0; k < Math.min(2, wa.size()); k++) {
            int j = alignment.partnerOfA(wa.get(k));
            int at = wb.indexOf(j);
            if (j >= 0 && at >= 0 && at < 2) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> QUANTIFIERS = Set.of("least", "most", "more", "less", "fewer", "than", "about",
            "nearly", "almost", "around", "approximately", "roughly", "some", "estimated", "another", "additional",
            "total", "only", "just", "over", "under", "upwards", "as", "many", "much", "at", "up", "to", "no");

    /**
     * Two counts governed by different words: the nearest content word before each (hedges
     * aside) differs and is not aligned with the other ("killed at least five people" / "injured
     * at least 50 people"): two things counted, however alike the rest.
     */
    private static boolean governorsClash(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        if (va.kind() != ConflictKind.NUMBER || !va.unit().isEmpty()) {
            return false;
        }
        return differentWords(governor(va, a), a, governor(vb, b), b, alignment);
    }

    /**
     * Each figure stands right after a different name ("Fenwick, 36," / "Whitcombe, 66,"): the ages
     * or records of two people, not two accounts of one. A day, date, month or year is nobody's
     * figure: in a title-case headline every word before it is capitalised ("Pre-Order Begins
     * [April 29]" / "Preorders Launch on T-Mobile [July 29]").
     */
    private static boolean differentOwners(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        if (va.isName() || isTime(va) || va.from() == 0 || vb.from() == 0) {
            return false;
        }
        Value ownerA = nameRightBefore(va, a);
        Value ownerB = nameRightBefore(vb, b);
        if (ownerA != null && ownerB != null && ownerA.norm().contains(" ") && ownerB.norm().contains(" ")
                && !ValueEquivalence.statedBy(ownerA, ownerB) && !ValueEquivalence.statedBy(ownerB, ownerA)
                && !ValueEquivalence.spellingsOfOneName(ownerA, ownerB)
                && !ValueEquivalence.oneNameWrittenTwoWays(ownerA, ownerB)) {
            // "Gary Gomes, 35" / "Katherine Gomes, 61": one family name, two people
            return true;
        }
        Token oa = a.tokens().get(va.from() - 1);
        Token ob = b.tokens().get(vb.from() - 1);
        boolean namesA = oa.capitalized() && !oa.sentenceInitial() && WordAlignment.isContent(oa);
        boolean namesB = ob.capitalized() && !ob.sentenceInitial() && WordAlignment.isContent(ob);
        return namesA && namesB && alignment.partnerOfA(va.from() - 1) != vb.from() - 1
                && !oa.term().equals(ob.term());
    }

    /**
     * The figures of two different people or teams: the words that govern them open with two names
     * that share no word ("[Okafor] completed 21 of 30 passes" / "[Mensah] completed 19 of 33",
     * "[Okafor] ran for 120 yards" / "[Mensah] ran for 85 yards"). Not when the word is a
     * reporting verb: "police said 29 people" / "officials said 31 people" are two sources of one count.
     */
    private static boolean differentSubjects(Value va, Side a, Value vb, Side b) {
        if (va.kind() != ConflictKind.NUMBER && va.kind() != ConflictKind.MONEY && va.kind() != ConflictKind.PERCENT) {
            return false;
        }
        Set<String> sa = subject(va, a);
        Set<String> sb = subject(vb, b);
        return !sa.isEmpty() && !sb.isEmpty() && java.util.Collections.disjoint(sa, sb);
    }

    /** Words that may stand between a subject and its verb: "Okafor [has] completed", "Mensah [had]". */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "also",
            "then", "only", "just", "again", "later", "would", "will");
    /** Words a value's governing verb may lie back from it: "ran [for] 226 yards", "completed 29". */
    private static final int VERB_REACH = 3;

    /**
     * The folded words of the capitalised name right before the verb that governs a figure
     * ("[Kofi Mensah] added 85 yards"), or empty: no such verb within reach in the figure's
     * clause, a reporting verb, or no name before it.
     */
    private static Set<String> subject(Value v, Side s) {
        List<Token> t = s.tokens();
        int verb = -1;
        for (int i = v.from() - 1; i >= Math.max(0, v.from() - VERB_REACH) && sameClause(t, i, i + 1, s.text()); i--) {
            Token w = t.get(i);
            // "and [had] five points": a plain verb of having or being right before is the verb
            if (AUXILIARIES.contains(w.key()) || WordAlignment.isContent(w) && !w.isNumeric() && !w.capitalized()
                    && !QUANTIFIERS.contains(w.key())) {
                verb = i;
                break;
            }
        }
        if (verb <= 0 || Lexicon.isReportingVerb(t.get(verb).key())) {
            return Set.of();
        }
        int k = verb - 1;
        while (k >= 0 && AUXILIARIES.contains(t.get(k).key()) && !bracketOrComma(t, k, k + 1, s.text())) {
            k--;
        }
        Set<String> name = new HashSet<>();
        // the name must run up to the verb: "…, but living in [Dunmore], fell" names no subject
        for (int i = k; i >= 0 && !bracketOrComma(t, i, i + 1, s.text()) && t.get(i).capitalized()
                && !app.parallax.core.text.StopWords.contains(t.get(i).key())
                && !(t.get(i).sentenceInitial() && notAName(t.get(i).key())); i--) {
            name.add(app.parallax.core.text.TermKeys.fold(t.get(i).key()));
        }
        return name;
    }

    /**
     * Words that open a sentence capitalised but name nobody, besides stop words and calendar,
     * time and number words ({@link Lexicon#kindOf}): "[Despite] rushing for 300 yards".
     */
    private static final Set<String> SENTENCE_OPENERS = Set.of("despite", "without", "among", "amid", "against",
            "along", "across", "through", "throughout", "yesterday", "today", "tomorrow", "meanwhile", "instead",
            "earlier", "later", "still", "next", "last", "those", "another", "every", "early", "late");

    private static boolean notAName(String key) {
        // not by ending: a name may end as a gerund or an adverb does ("-ing", "-ly")
        return SENTENCE_OPENERS.contains(key) || Lexicon.kindOf(key).isPresent();
    }

    /** The name that ends right before a value ("[Katherine Gomes], 61"), or null. */
    private static @org.jspecify.annotations.Nullable Value nameRightBefore(Value v, Side s) {
        for (Value o : s.values()) {
            if (o.isName() && o.to() == v.from()) {
                return o;
            }
        }
        return null;
    }

    /**
     * The figure a bracketed one converts: "fell 90 metres [(300 feet)]", "40 kilometres [(25
     * miles)]". The bracketed figure opens its bracket right after the other figure and its unit
     * word, so it counts what that figure counts and is governed by the same verb. Null otherwise.
     */
    private static @org.jspecify.annotations.Nullable Value convertedFigure(Value v, Side s) {
        if (v.from() == 0 || v.kind() != ConflictKind.NUMBER) {
            return null;
        }
        List<Token> tokens = s.tokens();
        String gap = s.text().substring(tokens.get(v.from() - 1).range().end(), tokens.get(v.from()).range().start());
        if (!gap.strip().equals("(")) {
            return null;
        }
        for (Value o : s.values()) {
            if (o != v && o.kind() == ConflictKind.NUMBER && (o.to() == v.from() || o.to() == v.from() - 1)) {
                return o;
            }
        }
        return null;
    }

    /** Two words, both found, neither aligned with the other nor the same term. */
    private static boolean differentWords(int ga, Side a, int gb, Side b, WordAlignment alignment) {
        return ga >= 0 && gb >= 0 && alignment.partnerOfA(ga) != gb
                && !a.tokens().get(ga).term().equals(b.tokens().get(gb).term());
    }

    private static int governor(Value v, Side s) {
        Value converted = convertedFigure(v, s);
        if (converted != null) {
            return governor(converted, s);
        }
        for (int i : window(v, s, -1)) {
            Token t = s.tokens().get(i);
            if (QUANTIFIERS.contains(t.key())) {
                continue;
            }
            return WordAlignment.isContent(t) && !t.isNumeric() && !t.capitalized() ? i : -1;
        }
        return -1;
    }

    /**
     * Two days that date a statement are compared only when they date the same statement: the
     * same reporting verb, with a speaker aligned just before it ("the attorney said Thursday" /
     * "the attorney said Saturday", "[police] in Sicily said Wednesday" / "[police] said Friday",
     * "HP on Monday said" / "HP said on Wednesday"). Then they are worth a look, never more: two
     * statements may be two days.
     */
    private static boolean sameStatement(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        int verbA = app.parallax.core.classify.SlotFinder.statementVerb(a.tokens(), va.from());
        int verbB = app.parallax.core.classify.SlotFinder.statementVerb(b.tokens(), vb.from());
        if (verbA < 0 || verbB < 0 || !a.tokens().get(verbA).key().equals(b.tokens().get(verbB).key())
                || trailingAttribution(va, verbA, a) || trailingAttribution(vb, verbB, b)) {
            return false;
        }
        for (int i = Math.max(0, verbA - SPEAKER_REACH); i < verbA; i++) {
            int j = alignment.partnerOfA(i);
            if (j >= Math.max(0, verbB - SPEAKER_REACH) && j < verbB && WordAlignment.isContent(a.tokens().get(i))
                    && Lexicon.kindOf(a.tokens().get(i).key()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "talks will continue on Tuesday, a ministry spokesman said": an attribution after a comma
     * reports the whole clause before it, so the day there dates the talks, not the statement. A
     * day that opens its sentence ("On Monday, police said") does date the statement.
     */
    private static boolean trailingAttribution(Value day, int verb, Side s) {
        if (verb < day.from()) {
            return false;
        }
        List<Token> t = s.tokens();
        String between = s.text().substring(t.get(day.to() - 1).range().end(), t.get(verb).range().start());
        if (!between.contains(",")) {
            return false;
        }
        for (int i = 0; i < day.from(); i++) {
            if (WordAlignment.isContent(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a reporting verb searched for its speaker ("[police] in Sicily said"). */
    private static final int SPEAKER_REACH = 3;


    /** A name spelled two ways is the other passage's likeliest counterpart, before any anchor. */
    private static final double SPELLING_FIRST = 100;

    /** Anchor given to two values in passages that read the same but for them. */
    private static final double IDENTICAL_REST = 10;

    /** The two passages read word for word the same outside the two values ("She was 85." / "She was 91."). */
    private static boolean sameButFor(Value va, Side a, Value vb, Side b) {
        List<Token> ta = a.tokens();
        List<Token> tb = b.tokens();
        if (ta.size() - (va.to() - va.from()) != tb.size() - (vb.to() - vb.from()) || va.from() != vb.from()) {
            return false;
        }
        for (int i = 0, j = 0; i < ta.size(); i++, j++) {
            if (i == va.from()) {
                i = va.to() - 1;
                j = vb.to() - 1;
                continue;
            }
            if (!ta.get(i).key().equals(tb.get(j).key())) {
                return false;
            }
        }
        return true;
    }

    /** Words after its preposition that a scope phrase may hold ("in [the northern valley]"). */
    private static final int SCOPE_REACH = 3;
    private static final Set<String> SCOPE_PREPOSITIONS = Set.of("in", "across", "on", "at", "throughout",
            "around", "during", "among", "outside", "inside", "within", "for");

    /**
     * Numbers qualified by phrases that share no word count within different bounds: "killed 1,200
     * people in the northern valley" / "killed 3,400 people across four countries". A phrase on one
     * side only leaves them comparable.
     */
    private static boolean differentScopes(Value va, Side a, Value vb, Side b) {
        if (va.isName() || !(va.kind() == ConflictKind.NUMBER || va.kind() == ConflictKind.MONEY
                || va.kind() == ConflictKind.PERCENT)) {
            return false;
        }
        Set<String> sa = scope(va, a);
        Set<String> sb = scope(vb, b);
        return sa != null && sb != null && java.util.Collections.disjoint(sa, sb);
    }

    private static Set<String> scope(Value v, Side s) {
        List<Token> tokens = s.tokens();
        int i = v.to();
        if (i < tokens.size() && !SCOPE_PREPOSITIONS.contains(tokens.get(i).key())) {
            i++;
        }
        if (i >= tokens.size() || !SCOPE_PREPOSITIONS.contains(tokens.get(i).key()) || !sameClause(tokens, i - 1, i, s.text())
                || bracketOrComma(tokens, i - 1, i, s.text())) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + SCOPE_REACH) && sameClause(tokens, j - 1, j, s.text())
                && !tokens.get(j).key().equals("and"); j++) {
            Token t = tokens.get(j);
            if (WordAlignment.isContent(t) && !t.isNumeric() && t.key().length() > 2
                    && Lexicon.kindOf(t.key()).isEmpty()) {
                words.add(t.term());
            }
        }
        return words.isEmpty() ? null : words;
    }

    /** The other passage states the same value somewhere, so this one is not contradicted. */
    static boolean stated(Value v, List<Value> other) {
        for (Value o : other) {
            if (v.isName() ? ValueEquivalence.statedBy(v, o) : ValueEquivalence.same(v, o)) {
                return true;
            }
        }
        return false;
    }

    /** Words either side of a value searched for the event it dates. */
    private static final int EVENT_REACH = 12;

    /**
     * The clauses of the two values share a word that says what happened or to what (not a name,
     * a number or a reporting verb): "[stopping] him on Saturday" / "by [stopping] him … on Monday";
     * "the dairy [building] burned early Tuesday" / "a blaze destroyed the [building] on Thursday".
     * Not "was killed Wednesday night" / "police identified the victim on Thursday".
     */
    private static boolean sharedEvent(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        Set<Integer> clauseB = new HashSet<>(clause(vb, b));
        for (int i : clause(va, a)) {
            Token t = a.tokens().get(i);
            int j = alignment.partnerOfA(i);
            if (j >= 0 && clauseB.contains(j) && WordAlignment.isContent(t) && !t.isNumeric()
                    && !(t.capitalized() && b.tokens().get(j).capitalized()) && !isName(t) && !isName(b.tokens().get(j)) && !Lexicon.isReportingVerb(t.key())
                    && Lexicon.kindOf(t.key()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Words of an opening phrase before its time: "[Late on] Saturday,", "[In] 2007,". */
    private static final int OPENING_WORDS = 2;

    /**
     * The value ends a phrase that opens its sentence and is set off by a comma ("On Saturday, a
     * climber from Leeds, 32, fell …", "In 2007, the club moved …"): it dates the main clause
     * that follows, however long its subject.
     */
    private static boolean opensTheSentence(Value v, Side s) {
        List<Token> tokens = s.tokens();
        if (v.to() >= tokens.size()) {
            return false;
        }
        int start = v.from();
        while (start > 0 && !tokens.get(start).sentenceInitial() && v.from() - start < OPENING_WORDS) {
            start--;
        }
        if (start != 0 && !tokens.get(start).sentenceInitial()) {
            return false;
        }
        for (int i = start; i < v.from(); i++) {
            if (WordAlignment.isContent(tokens.get(i)) && Lexicon.kindOf(tokens.get(i).key()).isEmpty()) {
                return false;
            }
        }
        int from = tokens.get(v.to() - 1).range().end();
        int to = tokens.get(v.to()).range().start();
        return from <= to && to <= s.text().length() && s.text().substring(from, to).indexOf(',') >= 0;
    }

    /** Capitalised inside its sentence: a name. */
    private static boolean isName(Token t) {
        return t.capitalized() && !t.sentenceInitial();
    }

    private static List<Integer> clause(Value v, Side s) {
        List<Integer> out = new ArrayList<>();
        boolean opening = opensTheSentence(v, s);
        for (int dir = -1; dir <= 1; dir += 2) {
            int prev = dir < 0 ? v.from() : v.to() - 1;
            int reach = dir > 0 && opening ? Integer.MAX_VALUE : EVENT_REACH;
            for (int i = prev + dir; i >= 0 && i < s.tokens().size() && Math.abs(i - prev) <= reach; i += dir) {
                if (!sameClause(s.tokens(), Math.min(i, i - dir), Math.max(i, i - dir), s.text())) {
                    break;
                }
                out.add(i);
            }
        }
        return out;
    }

    /**
     * One figure is the other rounded or cut to the digits it is written with: "3%" / "2.7 percent",
     * "$114 million" / "$114.3 million", an index "at 1,121" / "to 1,121.96". An outlet that rounds
     * does not contradict one that does not.
     */
    static boolean roundedAlike(Value va, Side a, Value vb, Side b) {
        if (!va.hasAmount() || !vb.hasAmount() || va.kind() == ConflictKind.CLOCK || va.kind() == ConflictKind.YEAR) {
            return false;
        }
        double stepA = writtenStep(va, a);
        double stepB = writtenStep(vb, b);
        if (Double.isNaN(stepA) || Double.isNaN(stepB) || stepA == stepB) {
            return false;
        }
        double coarse = stepA > stepB ? stepA : stepB;
        double rounded = stepA > stepB ? va.amount() : vb.amount();
        double fine = stepA > stepB ? vb.amount() : va.amount();
        // a figure cut rather than rounded (1,121 / 1,121.96), unless the writer says it is rounded ("about")
        boolean approximate = (stepA > stepB ? va : vb).hedge() == Hedge.APPROXIMATE;
        boolean truncated = Math.abs(Math.floor(fine / coarse + 1e-9) * coarse - rounded) <= 1e-9 * Math.abs(rounded);
        return Math.abs(fine - rounded) < coarse / 2 - 1e-9 * Math.abs(rounded) || truncated && fine >= 0 && !approximate;
    }

    /**
     * {@link ValueEquivalence#compatible} with an approximate figure read as the writer rounded it:
     * "about $13 billion" holds $12.6 billion but not $13.9 billion (which rounds to 14), "roughly
     * $141 million" not $139 million, "about 200" holds 230. Such a pair is worth a look, not the same
     * figure; a bound ("at least 50") or a vague word ("dozens") is read as before.
     */
    static boolean compatibleAsWritten(Value va, Side a, Value vb, Side b) {
        if (!ValueEquivalence.compatible(va, vb)) {
            return false;
        }
        // compatible() holds a vague value with anything and otherwise needs both amounts
        if (va.kind() == ConflictKind.CLOCK || va.hedge() != Hedge.APPROXIMATE && vb.hedge() != Hedge.APPROXIMATE
                || va.hedge() == Hedge.VAGUE || vb.hedge() == Hedge.VAGUE) {
            return true;
        }
        double step = Math.max(va.hedge() == Hedge.APPROXIMATE ? roundingStep(va, a) : 0,
                vb.hedge() == Hedge.APPROXIMATE ? roundingStep(vb, b) : 0);
        if (Double.isNaN(step)) {
            return true;
        }
        return Math.abs(va.amount() - vb.amount()) <= step / 2 + 1e-9 * Math.abs(va.amount());
    }

    /**
     * The step a figure is rounded to as written: its last digit's place, widened by the zeros that
     * end a whole number ("200" is rounded to the hundred, "250" to the ten, "13 billion" to the
     * billion); NaN when the digits do not make the amount alone.
     */
    private static double roundingStep(Value v, Side s) {
        double step = writtenStep(v, s);
        if (Double.isNaN(step) || step < 1 && v.amount() != Math.rint(v.amount())) {
            return step;
        }
        double whole = Math.rint(v.amount() / step);
        while (whole != 0 && whole % 10 == 0) {
            whole /= 10;
            step *= 10;
        }
        return step;
    }

    /**
     * The place of the last digit written: 1 for "3", 0.1 for "2.7", 100,000 for "114.3 million";
     * NaN when the digits do not make the amount alone ("2 1/2").
     */
    private static double writtenStep(Value v, Side s) {
        for (int i = v.from(); i < v.to(); i++) {
            String digits = s.tokens().get(i).text().replaceAll("[^0-9.]", "").replaceAll("\\.+$", "");
            if (digits.isEmpty() || !Character.isDigit(digits.charAt(0)) || digits.indexOf('.') != digits.lastIndexOf('.')) {
                continue;
            }
            double written = Double.parseDouble(digits);
            if (written == 0) {
                return Double.NaN;
            }
            int dot = digits.indexOf('.');
            int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
            double scale = Math.log10(v.amount() / written);
            if (Math.abs(scale - Math.rint(scale)) > 1e-9) {
                return Double.NaN;
            }
            return Math.pow(10, Math.rint(scale) - decimals);
        }
        return Double.NaN;
    }

    /** Words between a time and the act it dates: "arrested [late last] night", "died [early on] Sunday". */
    private static final Set<String> TIME_MODIFIERS = Set.of("last", "early", "late", "this", "next", "yesterday",
            "today", "tonight", "tomorrow", "shortly", "just", "around", "about");

    /**
     * Two times of day that date different acts: the word right before each (time modifiers and function
     * words aside) differs and is not aligned ("arrested last [night]" / "faces arraignment on
     * Wednesday [morning]" is "arrested" against "arraignment"). Names before a time say nothing.
     */
    private static boolean timesOfDifferentActs(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        if (va.kind() != ConflictKind.TIME_OF_DAY && va.kind() != ConflictKind.CLOCK) {
            return false;
        }
        return differentWords(act(va, a), a, act(vb, b), b, alignment);
    }

    private static int act(Value v, Side s) {
        for (int i : window(v, s, -1)) {
            Token t = s.tokens().get(i);
            if (TIME_MODIFIERS.contains(t.key()) || !WordAlignment.isContent(t) || Lexicon.kindOf(t.key()).isPresent()) {
                continue;
            }
            return !t.isNumeric() && !t.capitalized() ? i : -1;
        }
        return -1;
    }

    private static boolean isTime(Value v) {
        return switch (v.kind()) {
            case WEEKDAY, DATE, MONTH, YEAR -> true;
            default -> false;
        };
    }

    /**
     * Each linked passage names one day and no other date or day, and the other passage covers
     * enough of the shorter: when one day dates a statement and the other an act ("charged …,
     * police said [Saturday]" / "charged on [Monday]"), the two days are still worth a look, as
     * reporters place the day by the verb or by the attribution as they like. Two statement days
     * need one statement ({@link #sameStatement}).
     */
    private static boolean onlyDays(Value va, Side a, Value vb, Side b, double coverage) {
        return va.kind() == ConflictKind.WEEKDAY && vb.kind() == ConflictKind.WEEKDAY && coverage >= TIME_COVERAGE
                && onlyCalendarValue(va, a.values()) && onlyCalendarValue(vb, b.values())
                && !(va.reportingTime() ? reportedSoonAfter(vb, va) : reportedSoonAfter(va, vb));
    }

    /** A statement comes this many days after what it reports, at most, in the usual news story. */
    private static final int REPORTED_WITHIN_DAYS = 3;

    /**
     * The statement's day falls one to {@value #REPORTED_WITHIN_DAYS} days after the act's: "a
     * soldier died Monday" / "…, a military statement said Tuesday", "she heard the thud early
     * Saturday" / "she said in an interview Tuesday". A day can be told only after it happened.
     */
    private static boolean reportedSoonAfter(Value act, Value statement) {
        try {
            int after = (java.time.DayOfWeek.valueOf(statement.norm().toUpperCase(java.util.Locale.ROOT)).getValue()
                    - java.time.DayOfWeek.valueOf(act.norm().toUpperCase(java.util.Locale.ROOT)).getValue() + 7) % 7;
            return after >= 1 && after <= REPORTED_WITHIN_DAYS;
        } catch (IllegalArgumentException notADayName) {
            return false;
        }
    }

    /** No other day, date, month or year in the passage. */
    private static boolean onlyCalendarValue(Value v, List<Value> values) {
        for (Value o : values) {
            if (o != v && isTime(o)) {
                return false;
            }
        }
        return true;
    }

    /** The only value of its type in its passage (days that date the reporting aside). */
    private static boolean lone(Value v, List<Value> values) {
        int n = 0;
        for (Value o : values) {
            if (ValueEquivalence.comparable(v, o) && !o.reportingTime() && o.hedge() != Hedge.VAGUE) {
                n++;
            }
        }
        return n == 1;
    }

    /** The slot evidence of two values, for tests and tools. */
    public static double anchorOf(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        return anchor(va, a, vb, b, alignment);
    }

    /**
     * The evidence that two values fill one slot: aligned words on the same side of each, near
     * them in their clauses. A content word counts 1, a function word right next to both values
     * ("since 1998" / "since 1999") 0.5; reporting verbs count nothing.
     */
    /**
     * A figure that, right after a name, belongs to it: a record ("Klitschko (52-3)") or a bare
     * number such as an age ("Gomes, 61,"). The same name right before two such figures makes them
     * one slot.
     */
    private static boolean ownersFigure(Value v) {
        return v.kind() == ConflictKind.NUMBER && !v.hedge().hedged() && (v.unit().isEmpty() || v.unit().equals(ValueFinder.RECORD));
    }

    static double anchor(Value va, Side a, Value vb, Side b, WordAlignment alignment) {
        double w = 0;
        double names = 0;
        boolean nameNext = false;
        for (int dir = -1; dir <= 1; dir += 2) {
            List<Integer> windowA = window(va, a, dir);
            List<Integer> windowB = window(vb, b, dir);
            for (int k = 0; k < windowA.size(); k++) {
                int i = windowA.get(k);
                int j = alignment.partnerOfA(i);
                int at = windowB.indexOf(j);
                if (j < 0 || at < 0) {
                    continue;
                }
                Token t = a.tokens().get(i);
                if (Lexicon.isReportingVerb(t.key())) {
                    continue;
                }
                boolean adjacent = k == 0 && at == 0;
                if (dir > 0 && adjacent && va.kind() == ConflictKind.NUMBER && vb.kind() == ConflictKind.NUMBER
                        && countedGroup(t)) {
                    // what both count, capitalised or not: "Fourteen [Republicans]" / "Thirteen [Republicans]"
                    w += 1;
                } else if (WordAlignment.isContent(t) && t.capitalized() && !t.sentenceInitial()) {
                    names += dir < 0 && adjacent && ownersFigure(va) && ownersFigure(vb) ? 1 : NAME_ANCHOR;
                    nameNext |= adjacent;
                } else if (WordAlignment.isContent(t)) {
                    w += k < NEAR && at < NEAR ? 1 : FAR_ANCHOR;
                } else if (adjacent) {
                    w += 0.5;
                }
            }
        }
        return w + (nameNext ? Math.min(1, names) : Math.min(NAMES_APART, names));
    }

    /**
     * A capitalised word that names a group a figure may count ("Republicans", "Democrats",
     * "Americans"): one capital and then lower case, and no unit ("16 GB", "3.7 GHz", "100 RBIs" are
     * measures, which another figure beside the same unit may well not share a slot with).
     */
    private static boolean countedGroup(Token t) {
        return WordAlignment.isContent(t) && !t.isNumeric() && t.text().matches("\\p{Lu}\\p{Ll}{2,}")
                && Lexicon.unitOfMeasure(t.key()) == null;
    }

    /** Token indexes beside a value in its clause, nearest first; dir -1 before it, +1 after. */
    private static List<Integer> window(Value v, Side s, int dir) {
        List<Integer> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        int prev = dir < 0 ? v.from() : v.to() - 1;
        for (int i = prev + dir; i >= 0 && i < tokens.size() && out.size() < WINDOW; i += dir) {
            int lo = Math.min(prev, i);
            int hi = Math.max(prev, i);
            if (!sameClause(tokens, lo, hi, s.text())) {
                break;
            }
            out.add(i);
            prev = i;
        }
        return out;
    }

    /**
     * A comma or bracket between two tokens: a phrase after it ("(45-7-2, 36 KOs) in Mannheim")
     * is not the scope of the figure before it.
     */
    static boolean bracketOrComma(List<Token> tokens, int i, int j, String text) {
        for (int k = tokens.get(i).range().end(); k < tokens.get(j).range().start(); k++) {
            char c = text.charAt(k);
            if (c == ',' || c == '(' || c == ')') {
                return true;
            }
        }
        return false;
    }

    /** Words either side of a figure searched for the time that dates it. */
    private static final int DATE_REACH = 12;

    /**
     * Figures of two events dated apart, each by the time nearest it in its clause: two different
     * years, or a year against a day of the week ("In 2004, a magnitude-9.1 quake off the coast" /
     * "a 6.1-magnitude quake that hit the coast on Tuesday"). A background paragraph's past event
     * is not the news event it recalls.
     */
    private static boolean datedApart(Value va, Side a, Value vb, Side b) {
        // two ages after a name ("Ortega, 61, has served … since 2009") are as the articles are
        // written: the year of the clause does not date them
        if (va.isName() || isTime(va) || va.kind() == ConflictKind.CLOCK || ageAfterName(va, a) && ageAfterName(vb, b)) {
            return false;
        }
        Value ta = datedBy(va, a);
        Value tb = datedBy(vb, b);
        // "Last year, a quake … killing two" recalls another event than "… killed 17 … on Thursday"
        if (lastYear(va, a) && datedByAWeekday(vb, b) || lastYear(vb, b) && datedByAWeekday(va, a)) {
            return true;
        }
        if (ta == null || tb == null) {
            return false;
        }
        if (ta.kind() == ConflictKind.YEAR && tb.kind() == ConflictKind.YEAR) {
            return !ValueEquivalence.same(ta, tb);
        }
        return ta.kind() == ConflictKind.YEAR && tb.kind() == ConflictKind.WEEKDAY
                || ta.kind() == ConflictKind.WEEKDAY && tb.kind() == ConflictKind.YEAR;
    }

    /**
     * The figure's clause is dated a year or more back by words, not a year: "last year", "a year
     * ago", "two years ago", within {@value #DATE_REACH} words or opening the sentence ("Last year,
     * a 5.8-magnitude quake shook the shore, killing two people").
     */
    private static boolean lastYear(Value v, Side s) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i).key();
            boolean past = (w.equals("year") || w.equals("years")) && (t.get(i - 1).key().equals("last")
                    || i + 1 < t.size() && t.get(i + 1).key().equals("ago"));
            if (!past) {
                continue;
            }
            int from = Math.min(i - 1, v.from());
            int to = Math.max(i, v.to() - 1);
            boolean near = Math.abs(i - v.from()) <= DATE_REACH || i - 1 == 0 && t.get(0).sentenceInitial();
            if (near && sameClause(t, from, to, s.text())) {
                return true;
            }
        }
        return false;
    }

    /** A day of the week (not a statement's) in the figure's clause, however far from it. */
    private static boolean datedByAWeekday(Value v, Side s) {
        for (Value t : s.values()) {
            if (t.kind() == ConflictKind.WEEKDAY && !t.reportingTime()
                    && sameClause(s.tokens(), Math.min(t.from(), v.from()), Math.max(t.to(), v.to()) - 1, s.text())) {
                return true;
            }
        }
        return false;
    }

    private static @org.jspecify.annotations.Nullable Value datedBy(Value v, Side s) {
        Value best = null;
        int bestDistance = DATE_REACH + 1;
        for (Value t : s.values()) {
            if (t.kind() != ConflictKind.YEAR && t.kind() != ConflictKind.WEEKDAY || t.reportingTime()) {
                continue;
            }
            int distance = t.from() >= v.to() ? t.from() - v.to() : v.from() - t.to();
            int first = Math.min(t.from(), v.from());
            int last = Math.max(t.to(), v.to()) - 1;
            if (distance >= 0 && distance < bestDistance && sameClause(s.tokens(), first, last, s.text())) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }

    static boolean sameClause(List<Token> tokens, int i, int j, String text) {
        int from = tokens.get(i).range().end();
        int to = tokens.get(j).range().start();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ';' || c == '—' || c == ':' || c == '.' && k + 1 < to
                    && Character.isWhitespace(text.charAt(k + 1)) && k > 0 && Character.isLowerCase(text.charAt(k - 1))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each side states {@value #TALLY_SIZE} or more figures and they share none: two different
     * tallies (a season's statistics against a game's), not two accounts of one figure.
     */
    private static boolean differentTallies(Side a, Side b) {
        List<Value> na = tallied(a);
        List<Value> nb = tallied(b);
        if (na.size() < TALLY_SIZE || nb.size() < TALLY_SIZE) {
            return false;
        }
        return na.stream().noneMatch(x -> stated(x, nb));
    }

    /**
     * The figures of a passage that may belong to a tally: numbers, not vague ones, and not an age
     * set off after a name ("Okafor, 27,"): two reports of one player share his age whether their
     * statistics are the same tally or not.
     */
    private static List<Value> tallied(Side s) {
        return s.values().stream().filter(v -> v.kind() == ConflictKind.NUMBER && v.hedge() != Hedge.VAGUE
                && !ageAfterName(v, s)).toList();
    }

    /**
     * A bare whole number that could be an age, set off by commas right after a capitalised word:
     * "Okafor, 27, has scored …". A record there ("Petrov, 31-2, 25 KOs") is a figure of the tally.
     */
    private static boolean ageAfterName(Value v, Side s) {
        List<Token> t = s.tokens();
        return v.unit().isEmpty() && !v.hedge().hedged() && v.hasAmount() && v.amount() >= 1 && v.amount() < 120
                && v.amount() == Math.rint(v.amount()) && v.from() > 0 && v.to() < t.size() && t.get(v.from() - 1).capitalized()
                && bracketOrComma(t, v.from() - 1, v.from(), s.text()) && bracketOrComma(t, v.to() - 1, v.to(), s.text());
    }

    private static Difference flag(Value va, Side a, Value vb, Side b, Grade grade) {
        return flag(va.kind(), va, a, vb, b, grade);
    }

    static Difference flag(ConflictKind kind, Value va, Side a, Value vb, Side b, Grade grade) {
        TextRange ra = spanOf(a.tokens(), va);
        TextRange rb = spanOf(b.tokens(), vb);
        return new Difference(DifferenceKind.CONFLICT, kind, ra.of(a.text()), rb.of(b.text()), ra, rb, grade);
    }

    static TextRange spanOf(List<Token> tokens, Value v) {
        int start = tokens.get(v.from()).range().start();
        int end = tokens.get(v.to() - 1).range().end();
        return new TextRange(start, end);
    }
}
