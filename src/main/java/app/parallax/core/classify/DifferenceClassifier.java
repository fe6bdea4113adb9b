package app.parallax.core.classify;

import app.parallax.core.article.TextRange;
import app.parallax.core.diff.WordChange;
import app.parallax.core.diff.WordDiff;
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
 *       words sit (paraphrase moves them).</li>
 *   <li>Other facts (numbers, ordinals, years, countries, places, organisations, people) conflict
 *       only when one replaces the other in the word diff and neither value appears elsewhere on
 *       the other side.</li>
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
    private static final double NAME_CONFLICT_MIN_SCORE = 0.5;
    private static final int MAX_SLOT_RUN = 4;

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
        for (ConflictKind kind : PASSAGE_WIDE) {
            passageWideConflicts(kind, slotsA, slotsB, a, b, textA, textB, out, usedA, usedB);
        }
        for (WordChange c : changes) {
            if (touches(usedA, c.aFrom(), c.aTo()) || touches(usedB, c.bFrom(), c.bTo())) {
                continue;
            }
            out.add(classifyChange(c, a, b, slotsA, slotsB, textA, textB, score));
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
        if (onlyA.isEmpty() || onlyB.isEmpty()) {
            return;
        }
        for (int i = 0; i < Math.max(onlyA.size(), onlyB.size()); i++) {
            Slot sa = onlyA.get(Math.min(i, onlyA.size() - 1));
            Slot sb = onlyB.get(Math.min(i, onlyB.size() - 1));
            out.add(conflict(kind, a, sa.from(), sa.to(), b, sb.from(), sb.to(), textA, textB));
            mark(usedA, sa.from(), sa.to());
            mark(usedB, sb.from(), sb.to());
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

    private static Difference classifyChange(WordChange c, List<Token> a, List<Token> b, List<Slot> slotsA,
                                             List<Slot> slotsB, String textA, String textB, double score) {
        if (!c.isReplacement()) {
            return plain(DifferenceKind.DETAIL, c, a, b, textA, textB);
        }
        Slot sa = slotIn(slotsA, c.aFrom(), c.aTo());
        Slot sb = slotIn(slotsB, c.bFrom(), c.bTo());
        boolean typed = sa != null && sb != null && sa.kind() == sb.kind() && fitsChange(sa, c.aFrom(), c.aTo())
                && fitsChange(sb, c.bFrom(), c.bTo());
        if (typed && !NAMES.contains(sa.kind()) && absent(sa, slotsB) && absent(sb, slotsA)) {
            return conflict(sa.kind(), a, sa.from(), sa.to(), b, sb.from(), sb.to(), textA, textB);
        }
        if (isSpelling(c, a, b)) {
            return plain(DifferenceKind.SPELLING, c, a, b, textA, textB);
        }
        if (typed && score >= NAME_CONFLICT_MIN_SCORE && absent(sa, slotsB) && absent(sb, slotsA)
                && !spellingOfEachOther(sa, sb, a, b)) {
            return conflict(sa.kind(), a, sa.from(), sa.to(), b, sb.from(), sb.to(), textA, textB);
        }
        return plain(DifferenceKind.WORDING, c, a, b, textA, textB);
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
