package app.parallax.core.classify;

import app.parallax.core.article.TextRange;
import app.parallax.core.diff.WordChange;
import app.parallax.core.diff.WordDiff;
import app.parallax.core.text.Spelling;
import app.parallax.core.text.StopWords;
import app.parallax.core.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the word changes between two linked passages into classified {@link Difference}s.
 * <ul>
 *   <li>Weekday, month, meal and time of day are compared across the whole passage: when each
 *       side states a value the other side never mentions, that is a conflict, wherever the
 *       words sit (paraphrase moves them), but only between passages that report the same event:
 *       closely similar overall, and the two values attached to a common word in their clauses
 *       ("one-on-one conversation and lunch" / "one-on-one meetings at an informal dinner"), never a
 *       day that dates the reporting. (Date and time stamp lines never get here: segmentation
 *       marks them boilerplate.)</li>
 *   <li>A negation on one side only ("did not approve" / "approved") between closely similar
 *       passages is a conflict.</li>
 *   <li>Other facts (numbers, ordinals, years, countries, places, organisations, people) conflict
 *       only when one replaces the other in the word diff, neither value appears elsewhere on the
 *       other side, and the passages are closely similar (two sentences that share a topic but
 *       count different things are not a dispute).</li>
 *   <li>Remaining replacements are spelling variants or wording; one-sided words are detail;
 *       words the diff matched through transliteration folding are listed as spelling variants.</li>
 * </ul>
 */
public final class DifferenceClassifier {

    private static final Set<ConflictKind> PASSAGE_WIDE = EnumSet.of(ConflictKind.WEEKDAY, ConflictKind.MONTH,
            ConflictKind.MEAL, ConflictKind.TIME_OF_DAY);
    private static final Set<ConflictKind> NAMES = EnumSet.of(ConflictKind.PERSON, ConflictKind.ORGANISATION,
            ConflictKind.PLACE);
    /** Below this similarity two passages share too little for a changed name to be the same slot. */
    private static final double NAME_CONFLICT_MIN_SCORE = 0.65;
    /** Below this similarity two passages may report different events of one story. */
    private static final double SAME_EVENT_MIN_SCORE = 0.5;
    /**
     * Weekdays, months, meals and times of day are matched anywhere in the passages, not only where
     * the diff swaps them, so they ask for closer passages.
     */
    private static final double SAME_EVENT_WIDE_MIN_SCORE = 0.6;
    /** Words either side of a weekday or meal that tie it to its event (see {@link #context}). */
    private static final int CONTEXT_BEFORE = 5;
    private static final int CONTEXT_AFTER = 3;
    private static final int MAX_NEGATION_RUN = 3;
    /**
     * A negation is the only sign of a dispute that a paraphrase can fake ("insisted he was not the
     * source" / "discounted rumours that he was the source"), so it asks for near-identical passages.
     */
    private static final double NEGATION_MIN_SCORE = 0.7;
    /** See {@link #differentTallies}. */
    private static final int TALLY_SIZE = 3;
    /** How far after a negator an "until" still bounds it in time. */
    private static final int TIME_BOUND_REACH = 6;
    private static final int MAX_SLOT_RUN = 4;

    /** Values are compared by {@code SlotComparer} now; these rules only classify wording, negation and opposites. */
    private static final boolean VALUE_RULES = false;

    private DifferenceClassifier() {
    }

    /**
     * @param a       side a's tokens
     * @param slotsA  {@link SlotFinder#find} of {@code a}
     * @param b       side b's tokens
     * @param slotsB  {@link SlotFinder#find} of {@code b}
     * @param changes the word diff of a and b
     * @param textA   article text a's token offsets index into
     * @param textB   article text b's token offsets index into
     * @param score   the passages' similarity, in [0, 1]
     * @return differences in side-a order, conflicts first; never null
     */
    public static List<Difference> classify(List<Token> a, List<Slot> slotsA, List<Token> b, List<Slot> slotsB,
                                            List<WordChange> changes, String textA, String textB, double score) {
        List<Difference> out = new ArrayList<>();
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        if (VALUE_RULES && score >= SAME_EVENT_WIDE_MIN_SCORE) {
            for (ConflictKind kind : PASSAGE_WIDE) {
                passageWideConflicts(kind, slotsA, slotsB, a, b, textA, textB, out, usedA, usedB);
            }
        }
        LinkFacts facts = LinkFacts.of(a, slotsA, b, slotsB, changes, score);
        for (WordChange c : changes) {
            if (touches(usedA, c.aFrom(), c.aTo()) || touches(usedB, c.bFrom(), c.bTo())) {
                continue;
            }
            out.add(classifyChange(c, a, b, slotsA, slotsB, textA, textB, facts));
        }
        for (int[] m : WordDiff.matches(changes, a.size(), b.size())) {
            if (Spelling.areVariants(a.get(m[0]).key(), b.get(m[1]).key())) {
                out.add(plain(DifferenceKind.SPELLING, new WordChange(m[0], m[0] + 1, m[1], m[1] + 1), a, b, textA, textB));
            }
        }
        out.sort(java.util.Comparator.comparing((Difference d) -> !d.isConflict())
                .thenComparingInt(d -> d.aRange().start()));
        return out;
    }

    private static void passageWideConflicts(ConflictKind kind, List<Slot> slotsA, List<Slot> slotsB,
                                             List<Token> a, List<Token> b, String textA, String textB,
                                             List<Difference> out, Set<Integer> usedA, Set<Integer> usedB) {
        List<Slot> onlyA = onlyOnOneSide(kind, slotsA, slotsB);
        List<Slot> onlyB = onlyOnOneSide(kind, slotsB, slotsA);
        for (Slot sa : onlyA) {
            Set<String> contextA = context(sa, a, textA);
            for (Slot sb : onlyB) {
                if (possessive(sa, a) != possessive(sb, b)) {
                    continue;
                }
                if (!touches(usedB, sb.from(), sb.to()) && !java.util.Collections.disjoint(contextA, context(sb, b, textB))) {
                    out.add(conflict(kind, a, sa.from(), sa.to(), b, sb.from(), sb.to(), textA, textB));
                    mark(usedA, sa.from(), sa.to());
                    mark(usedB, sb.from(), sb.to());
                    break;
                }
            }
        }
    }

    private static List<Slot> onlyOnOneSide(ConflictKind kind, List<Slot> mine, List<Slot> theirs) {
        Set<String> theirValues = new HashSet<>();
        theirs.stream().filter(s -> s.kind() == kind).forEach(s -> theirValues.add(s.value()));
        Set<String> seen = new HashSet<>();
        return mine.stream().filter(s -> s.kind() == kind && !s.reportingTime() && !theirValues.contains(s.value())
                        && seen.add(s.value()))
                .toList();
    }

    /**
     * The ordinary words around a value in its clause: what it is attached to. Two values are
     * compared only when their contexts share a word, so that they belong to the same event
     * ("one-on-one conversation and lunch" / "one-on-one meetings at an informal dinner"; not
     * "charged with murder Saturday" / "opened fire at a party Friday"). Names do not count, since
     * a whole story is about the same people; the context stops at clause punctuation and at words
     * that open another clause ("after", "when").
     */
    private static Set<String> context(Slot s, List<Token> tokens, String text) {
        Set<String> out = contextBefore(s, tokens, text, false);
        out.addAll(contextAfter(s, tokens, text, false));
        return out;
    }

    /** Context words before the value, nearest first; with {@code firstOnly} at most one. */
    private static Set<String> contextBefore(Slot s, List<Token> tokens, String text, boolean firstOnly) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = s.from() - 1; i >= Math.max(0, s.from() - CONTEXT_BEFORE) && sameClause(tokens, i, i + 1, text)
                && !CLAUSE_OPENERS.contains(tokens.get(i + 1).key()) && !(firstOnly && !out.isEmpty()); i--) {
            addContext(tokens.get(i), out);
        }
        return out;
    }

    /** Context words after the value, nearest first; with {@code firstOnly} at most one. */
    private static Set<String> contextAfter(Slot s, List<Token> tokens, String text, boolean firstOnly) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = s.to(); i < Math.min(tokens.size(), s.to() + CONTEXT_AFTER) && sameClause(tokens, i - 1, i, text)
                && !CLAUSE_OPENERS.contains(tokens.get(i).key()) && !(firstOnly && !out.isEmpty()); i++) {
            addContext(tokens.get(i), out);
        }
        return out;
    }

    /**
     * Two values count the same thing: the nearest word that governs each and the nearest word each
     * counts agree where both passages say them ("killed 170,000 people" / "killed 230,000 people"; not "killing at least five
     * people" / "injuring at least 50 people").
     */
    private static boolean sameQuantity(Slot sa, List<Token> a, String textA, Slot sb, List<Token> b, String textB) {
        String beforeA = nearest(contextBefore(sa, a, textA, true));
        String beforeB = nearest(contextBefore(sb, b, textB, true));
        String afterA = nearest(contextAfter(sa, a, textA, true));
        String afterB = nearest(contextAfter(sb, b, textB, true));
        boolean before = beforeA != null && beforeA.equals(beforeB);
        boolean after = afterA != null && afterA.equals(afterB);
        boolean beforeClashes = beforeA != null && beforeB != null && !before;
        boolean afterClashes = afterA != null && afterB != null && !after;
        return (before || after) && !beforeClashes && !afterClashes
                && !differentScopes(scope(sa, a, textA), scope(sb, b, textB));
    }

    /**
     * Two numbers qualified by phrases that share no word count within different bounds: "killed
     * 170,000 people in the province" / "killed 230,000 people in 13 countries", "starts at $1,199
     * for the 13-inch model" / "$2,199 for the quad-core model". A phrase on one side only leaves
     * the two comparable ("injured five people" / "injured three people on the island").
     */
    private static boolean differentScopes(Set<String> scopeA, Set<String> scopeB) {
        return scopeA != null && scopeB != null && java.util.Collections.disjoint(scopeA, scopeB);
    }

    /**
     * The words of the phrase that bounds a number: a preposition right after it or after the word
     * it counts, up to the end of the clause ("people [in the province on Sumatra]"); null when
     * there is none. Days, months and times of day say when, not within what, and are left out.
     */
    private static Set<String> scope(Slot s, List<Token> tokens, String text) {
        int i = s.to();
        if (i < tokens.size() && !SCOPE_PREPOSITIONS.contains(tokens.get(i).key()) && sameClause(tokens, i - 1, i, text)) {
            i++;
        }
        if (i >= tokens.size() || !SCOPE_PREPOSITIONS.contains(tokens.get(i).key()) || !sameClause(tokens, i - 1, i, text)) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + SCOPE_REACH) && sameClause(tokens, j - 1, j, text)
                && !CLAUSE_OPENERS.contains(tokens.get(j).key()) && !tokens.get(j).key().equals("and")
                && !tokens.get(j).key().equals("or"); j++) {
            Token t = tokens.get(j);
            if (!StopWords.contains(t.key()) && t.key().length() > 2 && !Character.isDigit(t.term().charAt(0))
                    && Lexicon.kindOf(t.key()).isEmpty()) {
                words.add(t.term());
            }
        }
        return words.isEmpty() ? null : words;
    }

    private static final Set<String> SCOPE_PREPOSITIONS = Set.of("in", "across", "on", "at", "from", "throughout",
            "around", "since", "during", "over", "among", "outside", "inside", "within", "for");
    private static final int SCOPE_REACH = 5;

    private static String nearest(Set<String> orderedContext) {
        return orderedContext.isEmpty() ? null : orderedContext.iterator().next();
    }

    private static void addContext(Token t, Set<String> out) {
        if (!t.capitalized() && !StopWords.contains(t.key()) && t.key().length() > 2
                && Lexicon.kindOf(t.key()).isEmpty() && !QUANTIFIERS.contains(t.key())) {
            out.add(t.term());
        }
    }

    /** Words that qualify any amount ("at least five"), so they tie a number to nothing. */
    private static final Set<String> QUANTIFIERS = Set.of("least", "most", "more", "less", "fewer", "than",
            "about", "nearly", "almost", "around", "approximately", "roughly", "some", "over", "under", "estimated",
            "total", "another", "additional", "only", "just");

    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "when", "while", "because", "since",
            "until", "following", "as", "where", "which", "who", "but", "although", "though", "amid");

    /** No clause punctuation between tokens {@code i} and {@code j} (adjacent, i before j). */
    private static boolean sameClause(List<Token> tokens, int i, int j, String text) {
        int from = tokens.get(i).range().end();
        int to = tokens.get(j).range().start();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == ',' || c == ';' || c == '(' || c == ')' || c == '—' || c == ':' || c == '.') {
                return false;
            }
        }
        return true;
    }

    /**
     * What holds for the whole pair of passages, worked out once rather than for every change.
     *
     * @param closeForNames    close enough for a changed name or an opposite word to be the same slot
     * @param closeForNegation close enough for a negation on one side to be a dispute
     * @param negationsDiffer  one passage is negated an odd number of times more than the other
     * @param timeBound        a passage says "not … until": timing, not denial
     */
    private record LinkFacts(int changeCount, double score, boolean closeForNames, boolean closeForNegation,
                             boolean differentTallies, boolean negationsDiffer, boolean timeBound) {

        static LinkFacts of(List<Token> a, List<Slot> slotsA, List<Token> b, List<Slot> slotsB,
                            List<WordChange> changes, double score) {
            boolean rest = restMatches(changes, a, b);
            return new LinkFacts(changes.size(), score, score >= NAME_CONFLICT_MIN_SCORE || rest,
                    score >= NEGATION_MIN_SCORE || rest, DifferenceClassifier.differentTallies(slotsA, slotsB),
                    negations(a, 0, a.size()) % 2 != negations(b, 0, b.size()) % 2,
                    negatedTimeBound(a) || negatedTimeBound(b));
        }
    }

    private static Difference classifyChange(WordChange c, List<Token> a, List<Token> b, List<Slot> slotsA,
                                             List<Slot> slotsB, String textA, String textB, LinkFacts facts) {
        if (facts.closeForNegation() && facts.negationsDiffer() && !facts.timeBound() && negatesOneSide(c, a, b)) {
            return negation(c, a, b, textA, textB);
        }
        if (!c.isReplacement()) {
            return plain(DifferenceKind.DETAIL, c, a, b, textA, textB);
        }
        if (facts.closeForNames() && !facts.negationsDiffer() && opposedWords(c, a, b)) {
            return conflict(ConflictKind.OPPOSITE, a, c.aFrom(), c.aTo(), b, c.bFrom(), c.bTo(), textA, textB);
        }
        Slot sa = slotIn(slotsA, c.aFrom(), c.aTo());
        Slot sb = slotIn(slotsB, c.bFrom(), c.bTo());
        boolean typed = sa != null && sb != null && sa.kind() == sb.kind() && fitsChange(sa, c.aFrom(), c.aTo())
                && fitsChange(sb, c.bFrom(), c.bTo()) && !sa.reportingTime() && !sb.reportingTime();
        if (VALUE_RULES && typed && !NAMES.contains(sa.kind()) && facts.score() >= SAME_EVENT_MIN_SCORE
                && !(facts.differentTallies() && sa.kind() == ConflictKind.NUMBER) && !oneCountry(sa, sb)
                && absent(sa, slotsB)
                && absent(sb, slotsA) && comparableValues(sa, a, sb, b, c) && !clockPart(sa, a, textA)
                && !clockPart(sb, b, textB) && !garbled(sa, a, textA) && !garbled(sb, b, textB)
                && (facts.changeCount() == 1 || sameQuantity(sa, a, textA, sb, b, textB))) {
            return conflict(sa.kind(), a, sa.from(), sa.to(), b, sb.from(), sb.to(), textA, textB);
        }
        if (isSpelling(c, a, b)) {
            return plain(DifferenceKind.SPELLING, c, a, b, textA, textB);
        }
        if (VALUE_RULES && typed && facts.closeForNames() && sameRole(c, a, b)
                && fullNames(sa, sb)
                && absent(sa, slotsB) && absent(sb, slotsA) && !spellingOfEachOther(sa, sb, a, b)
                && !(sa.kind() == ConflictKind.PERSON && (mentions(b, sa) || mentions(a, sb)))) {
            return conflict(sa.kind(), a, sa.from(), sa.to(), b, sb.from(), sb.to(), textA, textB);
        }
        return plain(DifferenceKind.WORDING, c, a, b, textA, textB);
    }

    /**
     * Two numbers are compared when the change swaps exactly the one for the other (a changed unit,
     * "170,000-square-foot" / "15,800-square-metre", is another way of measuring), when both are
     * numerals or number words or both magnitude words ("a hundred" against "100" is a way of
     * writing), and when they are not one decade written two ways ("'50s" / "1950s").
     */
    private static boolean comparableValues(Slot sa, List<Token> a, Slot sb, List<Token> b, WordChange c) {
        if (sa.kind() != ConflictKind.NUMBER && sa.kind() != ConflictKind.ORDINAL && sa.kind() != ConflictKind.DATE) {
            return true;
        }
        boolean exact = c.aTo() - c.aFrom() == sa.to() - sa.from() && c.bTo() - c.bFrom() == sb.to() - sb.from();
        return exact && !sameDecade(sa.value(), sb.value())
                && Lexicon.isMagnitudeWord(a.get(sa.from()).key()) == Lexicon.isMagnitudeWord(b.get(sb.from()).key());
    }

    /**
     * The number is part of a clock time ("6:41", "18:41"): times are written in 12- and 24-hour
     * forms and with or without minutes, so their parts are not compared as counts.
     */
    private static boolean clockPart(Slot s, List<Token> tokens, String text) {
        if (s.kind() != ConflictKind.NUMBER) {
            return false;
        }
        int start = tokens.get(s.from()).range().start();
        int end = tokens.get(s.to() - 1).range().end();
        return (start > 0 && text.charAt(start - 1) == ':') || (end < text.length() && text.charAt(end) == ':');
    }

    /** "50s" and "1950s" name one decade. */
    private static boolean sameDecade(String x, String y) {
        return x.endsWith("s") && y.endsWith("s") && (x.endsWith(y) || y.endsWith(x));
    }

    /**
     * The passages read the same but for a few words: the diff's changed runs cover at most a
     * quarter of the longer passage.
     */
    private static boolean restMatches(List<WordChange> changes, List<Token> a, List<Token> b) {
        int changed = changes.stream().mapToInt(x -> Math.max(x.aTo() - x.aFrom(), x.bTo() - x.bFrom())).sum();
        return changed <= (1 - REST_MATCHED) * Math.max(a.size(), b.size());
    }

    private static final double REST_MATCHED = 0.75;

    /**
     * The swapped names stand in the same role: the diff matched a word right before or right after
     * the change on both sides ("said Smith" / "said Jones"), so the change is not a rewritten clause.
     */
    private static boolean sameRole(WordChange c, List<Token> a, List<Token> b) {
        boolean before = c.aFrom() > 0 && c.bFrom() > 0;
        boolean after = c.aTo() < a.size() && c.bTo() < b.size();
        return before || after;
    }

    /**
     * The change adds or removes a negation on one side only and nothing else: besides the negation,
     * the changed runs hold only auxiliaries ("approved" / "did not approve", "would reopen" /
     * "would not reopen").
     */
    private static boolean negatesOneSide(WordChange c, List<Token> a, List<Token> b) {
        if (c.aTo() - c.aFrom() > MAX_NEGATION_RUN || c.bTo() - c.bFrom() > MAX_NEGATION_RUN) {
            return false;
        }
        return (negations(a, c.aFrom(), c.aTo()) + negations(b, c.bFrom(), c.bTo())) % 2 == 1
                && onlyNegationsAndAuxiliaries(a, c.aFrom(), c.aTo()) && onlyNegationsAndAuxiliaries(b, c.bFrom(), c.bTo());
    }

    /**
     * Two full names that name different things: people with no word in common ("Dana Whitcombe" /
     * "Arlo Fenwick"); places or bodies whose qualifiers differ under one head ("Black Sea" / "Baltic
     * Sea"). A single word ("Saints" / "Orleans"), a shared surname ("Ms. Palin" / "Sarah Palin") or
     * a swapped head ("Democratic National Committee" / "Democratic National Party") is too weak a
     * sign of two different people or bodies.
     */
    private static boolean fullNames(Slot sa, Slot sb) {
        List<String> wa = List.of(sa.value().split(" "));
        List<String> wb = List.of(sb.value().split(" "));
        if (wa.size() < 2 || wb.size() < 2) {
            return false;
        }
        if (sa.kind() == ConflictKind.PERSON) {
            return wa.stream().noneMatch(wb::contains);
        }
        List<String> onlyA = wa.stream().filter(w -> !wb.contains(w)).toList();
        List<String> onlyB = wb.stream().filter(w -> !wa.contains(w)).toList();
        return !onlyA.isEmpty() && !onlyB.isEmpty()
                && onlyA.stream().noneMatch(DifferenceClassifier::isHead) && onlyB.stream().noneMatch(DifferenceClassifier::isHead);
    }

    /** A head noun of place or organisation names ("sea", "ministry"), in folded spelling. */
    private static boolean isHead(String foldedWord) {
        return Lexicon.isPlaceHeadFolded(foldedWord) || Lexicon.isOrganisationHeadFolded(foldedWord);
    }

    /**
     * A possessive day or month ("Friday's semifinal", "Sunday's game") dates the thing it owns, not
     * the action of its clause, so it is compared only with another possessive: "will play the
     * winner of Friday's semifinal" and "will play Saturday" are two events.
     */
    private static boolean possessive(Slot s, List<Token> tokens) {
        return tokens.get(s.to() - 1).possessive();
    }

    /**
     * Each side states {@value #TALLY_SIZE} or more numbers and they share none: the passages give
     * two different tallies (a season's statistics against a game's, a round's punches against the
     * fight's), not two accounts of one figure, which would agree on the rest.
     */
    private static boolean differentTallies(List<Slot> slotsA, List<Slot> slotsB) {
        Set<String> valuesA = new HashSet<>();
        Set<String> valuesB = new HashSet<>();
        slotsA.stream().filter(s -> s.kind() == ConflictKind.NUMBER).forEach(s -> valuesA.add(s.value()));
        slotsB.stream().filter(s -> s.kind() == ConflictKind.NUMBER).forEach(s -> valuesB.add(s.value()));
        return valuesA.size() >= TALLY_SIZE && valuesB.size() >= TALLY_SIZE && java.util.Collections.disjoint(valuesA, valuesB);
    }

    /**
     * A negator followed closely by "until" or "till" bounds an event in time ("may not be restored
     * until 31 December" / "should be restored by December 31"); it does not deny it.
     */
    private static boolean negatedTimeBound(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (negations(tokens, i, i + 1) == 0) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + TIME_BOUND_REACH); j++) {
                String k = tokens.get(j).key();
                if (k.equals("until") || k.equals("till") || k.equals("til")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> NEGATORS = Set.of("not", "never", "cannot", "no", "nobody", "nothing", "none",
            "neither", "nor", "without");

    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "will", "would", "is", "was", "are",
            "were", "has", "have", "had", "can", "could", "should", "may", "might", "must", "be", "been", "shall");

    private static boolean onlyNegationsAndAuxiliaries(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            String k = tokens.get(i).key();
            if (negations(tokens, i, i + 1) == 0 && !AUXILIARIES.contains(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The change swaps one word for its opposite ("rose" / "fell", "approved" / "rejected"); the
     * caller checks that the passages negate alike, so "rose" / "did not fall" agree. Names and
     * numbers are other rules'.
     */
    private static boolean opposedWords(WordChange c, List<Token> a, List<Token> b) {
        if (c.aTo() - c.aFrom() != 1 || c.bTo() - c.bFrom() != 1) {
            return false;
        }
        Token x = a.get(c.aFrom());
        Token y = b.get(c.bFrom());
        return plainWord(x) && plainWord(y) && Opposites.areOpposite(x.key(), y.key());
    }

    private static boolean plainWord(Token t) {
        return (!t.capitalized() || t.sentenceInitial()) && t.key().length() > 1
                && t.key().chars().allMatch(ch -> ch >= 'a' && ch <= 'z')
                && !Character.isDigit(t.term().charAt(0));
    }

    /**
     * A value touching a replacement character (U+FFFD) lost part of itself when the page was
     * decoded with the wrong encoding ("4½ months" read as "4\uFFFD months"), so it is not compared.
     */
    private static boolean garbled(Slot s, List<Token> tokens, String text) {
        int start = tokens.get(s.from()).range().start();
        int end = tokens.get(s.to() - 1).range().end();
        return (start > 0 && text.charAt(start - 1) == '\uFFFD') || (end < text.length() && text.charAt(end) == '\uFFFD');
    }

    /** A nation of the United Kingdom and the kingdom are one country ("English" / "British"). */
    private static boolean oneCountry(Slot sa, Slot sb) {
        return sa.kind() == ConflictKind.COUNTRY
                && (UK_NATIONS.contains(sa.value()) || UNITED_KINGDOM.contains(sa.value()))
                && (UK_NATIONS.contains(sb.value()) || UNITED_KINGDOM.contains(sb.value()))
                && (UNITED_KINGDOM.contains(sa.value()) || UNITED_KINGDOM.contains(sb.value()));
    }

    private static final Set<String> UNITED_KINGDOM = Set.of("british", "britain", "great britain", "united kingdom", "uk");
    private static final Set<String> UK_NATIONS = Set.of("english", "england", "scottish", "scotland", "welsh", "wales",
            "northern ireland", "northern irish");

    /** "No. 5", "No 1 seed": the abbreviation of number, not a negation. */
    private static boolean numberFollows(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).term();
        return !next.isEmpty() && Character.isDigit(next.charAt(0));
    }

    private static int negations(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            String k = tokens.get(i).key();
            if (k.equals("no") && numberFollows(tokens, i)) {
                continue;
            }
            if (NEGATORS.contains(k) || k.endsWith("n't")
                    || (k.equals("yet") && i + 1 < tokens.size() && tokens.get(i + 1).key().equals("to"))) {
                n++;
            }
        }
        return n;
    }

    /**
     * A negation conflict; an empty side points at the word right after the edit point, the verb
     * the other side negates.
     */
    private static Difference negation(WordChange c, List<Token> a, List<Token> b, String textA, String textB) {
        int aTo = c.aFrom() == c.aTo() ? Math.min(a.size(), c.aTo() + 1) : c.aTo();
        int bTo = c.bFrom() == c.bTo() ? Math.min(b.size(), c.bTo() + 1) : c.bTo();
        return conflict(ConflictKind.NEGATION, a, c.aFrom(), aTo, b, c.bFrom(), bTo, textA, textB);
    }

    /**
     * The changed run lies within the slot, give or take a word: the change swaps one fact
     * ("North" for "Baltic" in "… Sea"), it does not rewrite a clause.
     */
    private static boolean fitsChange(Slot s, int from, int to) {
        int outside = Math.max(0, s.from() - from) + Math.max(0, to - s.to());
        return outside <= 1;
    }

    private static Slot slotIn(List<Slot> slots, int from, int to) {
        return slots.stream().filter(s -> s.from() < to && from < s.to() && s.to() - s.from() <= MAX_SLOT_RUN)
                .findFirst().orElse(null);
    }

    /**
     * The other passage names this person elsewhere, by surname at least: a reordered list ("X, Y
     * and Z" / "Z and Y") swaps no one.
     */
    private static boolean mentions(List<Token> tokens, Slot person) {
        String[] words = person.value().split(" ");
        String surname = words[words.length - 1];
        return tokens.stream().anyMatch(t -> t.key().equals(surname) || t.term().equals(surname));
    }

    private static boolean absent(Slot s, List<Slot> other) {
        return other.stream().noneMatch(o -> o.value().equals(s.value())
                || (NAMES.contains(s.kind()) && (o.value().contains(s.value()) || s.value().contains(o.value()))));
    }

    private static boolean spellingOfEachOther(Slot sa, Slot sb, List<Token> a, List<Token> b) {
        for (int i = sa.from(); i < sa.to(); i++) {
            for (int j = sb.from(); j < sb.to(); j++) {
                if (Spelling.areVariants(a.get(i).key(), b.get(j).key())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSpelling(WordChange c, List<Token> a, List<Token> b) {
        if (c.aTo() - c.aFrom() != c.bTo() - c.bFrom()) {
            return false;
        }
        for (int i = 0; i < c.aTo() - c.aFrom(); i++) {
            String ka = a.get(c.aFrom() + i).key();
            String kb = b.get(c.bFrom() + i).key();
            if (!ka.equals(kb) && !Spelling.areVariants(ka, kb)) {
                return false;
            }
        }
        return true;
    }

    private static Difference conflict(ConflictKind kind, List<Token> a, int aFrom, int aTo, List<Token> b,
                                       int bFrom, int bTo, String textA, String textB) {
        TextRange ra = span(a, aFrom, aTo);
        TextRange rb = span(b, bFrom, bTo);
        return new Difference(DifferenceKind.CONFLICT, kind, ra.of(textA), rb.of(textB), ra, rb);
    }

    private static Difference plain(DifferenceKind kind, WordChange c, List<Token> a, List<Token> b,
                                    String textA, String textB) {
        TextRange ra = span(a, c.aFrom(), c.aTo());
        TextRange rb = span(b, c.bFrom(), c.bTo());
        return new Difference(kind, null, ra.of(textA), rb.of(textB), ra, rb);
    }

    /** Offsets covering tokens [from, to); an empty range at the edit point when from == to. */
    private static TextRange span(List<Token> tokens, int from, int to) {
        if (from < to) {
            return new TextRange(tokens.get(from).range().start(), tokens.get(to - 1).range().end());
        }
        int at = from < tokens.size() ? tokens.get(from).range().start()
                : tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).range().end();
        return new TextRange(at, at);
    }

    private static boolean touches(Set<Integer> used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(Set<Integer> used, int from, int to) {
        for (int i = from; i < to; i++) {
            used.add(i);
        }
    }
}
