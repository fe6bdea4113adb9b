package app.parallax.report;

import app.parallax.core.align.Link;
import app.parallax.core.article.Passage;
import app.parallax.core.article.TextRange;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The differing spans of both sides of a linked group, read off the word differences the engine
 * stored on each link. A passage linked to several passages of the other side (one long sentence
 * against two short ones) is compared with each: a word of it counts as differing only when no
 * linked passage has it, and the short passages' words that the long one says with its other
 * partner count as one-sided, not changed. A conflict with any partner is always shown.
 */
final class PairSides {

    /**
     * One passage's marks, by character: how it differs, and which flag's value it states, if any
     * ({@code DISPUTED} or {@code VALUES_DIFFER}; a conflict wins).
     */
    private record Marks(PairSpan.Change[] change, PairSpan.Change[] flagged) {
    }

    private final PairGroups.Group group;
    private final Map<String, Marks> marks = new HashMap<>();

    private PairSides(PairGroups.Group group) {
        this.group = group;
        group.left().forEach(p -> marks.put(p.id(), compared(p, true)));
        group.right().forEach(p -> marks.put(p.id(), compared(p, false)));
        group.left().forEach(p -> oneSidedAgainstMany(p, true));
        group.right().forEach(p -> oneSidedAgainstMany(p, false));
    }

    /** Both sides of a linked group. */
    static PairText[] sides(PairGroups.Group group) {
        PairSides sides = new PairSides(group);
        return new PairText[] {sides.side(group.left()), sides.side(group.right())};
    }

    /** A one-sided row's side: its passage, with nothing marked. */
    static PairText alone(Passage p) {
        return new PairText(List.of(p.id()), p.text(), List.of());
    }

    /** The passages joined by spaces, with spans as offsets into the joined text. */
    private PairText side(List<Passage> passages) {
        StringBuilder text = new StringBuilder();
        List<PairSpan> spans = new ArrayList<>();
        for (Passage p : passages) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int shift = text.length();
            text.append(p.text());
            for (PairSpan s : runs(p.text(), marks.get(p.id()))) {
                spans.add(new PairSpan(s.start() + shift, s.end() + shift, s.change()));
            }
        }
        return new PairText(passages.stream().map(Passage::id).toList(), text.toString(), spans);
    }

    /** The passage's differences with each of its partners; changes kept where all partners agree. */
    private Marks compared(Passage p, boolean left) {
        PairSpan.Change[] kept = null;
        PairSpan.Change[] flagged = new PairSpan.Change[p.text().length()];
        for (Link l : linksOf(p)) {
            PairSpan.Change[] own = new PairSpan.Change[p.text().length()];
            for (Difference d : seenFrom(p, l)) {
                PairSpan.Change change = change(d, left);
                mark(p, d.aRange(), i -> {
                    if (change == PairSpan.Change.DISPUTED || change == PairSpan.Change.VALUES_DIFFER) {
                        flagged[i] = flagged[i] == PairSpan.Change.DISPUTED ? flagged[i] : change;
                    } else {
                        own[i] = change;
                    }
                });
            }
            kept = kept == null ? own : intersect(kept, own);
        }
        return new Marks(kept == null ? new PairSpan.Change[p.text().length()] : kept, flagged);
    }

    /**
     * Where {@code p}'s partner also links to other passages of p's side, the partner's words that
     * p's change replaced are mostly said by those others: p's words are then its own, not changed.
     */
    private void oneSidedAgainstMany(Passage p, boolean left) {
        for (Link l : linksOf(p)) {
            Passage partner = partner(p, l);
            if (linksOf(partner).size() < 2) {
                continue;
            }
            PairSpan.Change[] partnerMarks = marks.get(partner.id()).change();
            for (Difference d : seenFrom(p, l)) {
                if (change(d, left) == PairSpan.Change.CHANGED && !has(partner, partnerMarks, d.bRange())) {
                    PairSpan.Change[] own = marks.get(p.id()).change();
                    mark(p, d.aRange(), i -> own[i] = left ? PairSpan.Change.REMOVED : PairSpan.Change.ADDED);
                }
            }
        }
    }

    private List<Link> linksOf(Passage p) {
        return group.links().stream().filter(l -> l.a().equals(p.id()) || l.b().equals(p.id())).toList();
    }

    private Passage partner(Passage p, Link l) {
        String id = l.other(p.id());
        return java.util.stream.Stream.concat(group.left().stream(), group.right().stream())
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    /** The link's differences with {@code p} as side a. */
    private static List<Difference> seenFrom(Passage p, Link l) {
        return l.a().equals(p.id()) ? l.differences() : l.differences().stream().map(Difference::swapped).toList();
    }

    /** Whether any character of {@code range} (article offsets) in {@code q} is marked changed. */
    private static boolean has(Passage q, PairSpan.Change[] qMarks, TextRange range) {
        boolean[] found = {false};
        mark(q, range, i -> found[0] |= qMarks[i] == PairSpan.Change.CHANGED);
        return found[0];
    }

    /** Calls {@code at} for each character of {@code range} (article offsets) inside the passage. */
    private static void mark(Passage p, TextRange range, java.util.function.IntConsumer at) {
        int to = Math.min(p.text().length(), range.end() - p.start());
        for (int i = Math.max(0, range.start() - p.start()); i < to; i++) {
            at.accept(i);
        }
    }

    private static PairSpan.Change change(Difference d, boolean left) {
        if (d.isConflict()) {
            return d.isHardConflict() ? PairSpan.Change.DISPUTED : PairSpan.Change.VALUES_DIFFER;
        }
        if (d.kind() == DifferenceKind.SPELLING) {
            return PairSpan.Change.VARIANT;
        }
        if (d.bWords().isBlank()) {
            return left ? PairSpan.Change.REMOVED : PairSpan.Change.ADDED;
        }
        return PairSpan.Change.CHANGED;
    }

    /** Keeps a mark only where both say the words differ; the first (stronger link) names how. */
    private static PairSpan.Change[] intersect(PairSpan.Change[] first, PairSpan.Change[] second) {
        PairSpan.Change[] out = new PairSpan.Change[first.length];
        for (int i = 0; i < first.length; i++) {
            out[i] = first[i] != null && second[i] != null ? first[i] : null;
        }
        return out;
    }

    /** Runs of one change each, disputes over everything else, trimmed of surrounding spaces. */
    private static List<PairSpan> runs(String text, Marks m) {
        List<PairSpan> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            PairSpan.Change c = at(m, i);
            int end = i + 1;
            while (end < text.length() && at(m, end) == c) {
                end++;
            }
            if (c != null) {
                addTrimmed(text, i, end, c, out);
            }
            i = end;
        }
        return out;
    }

    private static PairSpan.Change at(Marks m, int i) {
        return m.flagged()[i] != null ? m.flagged()[i] : m.change()[i];
    }

    private static void addTrimmed(String text, int from, int to, PairSpan.Change c, List<PairSpan> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new PairSpan(from, to, c));
        }
    }
}
