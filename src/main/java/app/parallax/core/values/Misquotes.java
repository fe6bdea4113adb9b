package app.parallax.core.values;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.diff.WordChange;
import app.parallax.core.diff.WordDiff;
import app.parallax.core.text.StopWords;
import app.parallax.core.text.TermKeys;
import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One quotation worded two ways: "“Our thoughts are with the family who lost their home,” she said"
 * against "“Our thoughts go out to the family and their home.”" Words inside quotation marks are the
 * speaker's own, so when two outlets print the same quotation (a run of at least
 * {@value #SAME_RUN} words alike) with other words inside it, one of them changed what was said:
 * worth a look ({@link Grade#VALUES_DIFFER}, kind {@link ConflictKind#QUOTE}).
 * <p>
 * Not a misquote: one quotation cut shorter at either end (a partial quote), a cut marked with an
 * ellipsis, an editor's words in brackets ("to her [the mayor]"), function words alone ("in" /
 * "within"), figures alone (the value comparison weighs those), and one word spelled or joined
 * another way ("realise" / "realize", "e-mail" / "email", "data center" / "datacenter", "IE" /
 * "Internet Explorer").
 */
final class Misquotes {

    /** Words alike in a row that make two quotations one. */
    static final int SAME_RUN = 4;
    /** Words alike in a row that hold two wordings together on either side of a change. */
    private static final int ANCHOR = 2;
    /** Fewest words of a quotation worth comparing. */
    private static final int MIN_WORDS = 5;
    /** Share of the shorter quotation's words the two must hold alike. */
    private static final double SHARED = 0.5;

    /** A quotation of a passage: its first and one-past-last token. */
    private record Quotation(int from, int to) {
    }

    private Misquotes() {
    }

    /** A flag for each quotation the two passages print with different words inside. */
    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b) {
        List<Difference> out = new ArrayList<>();
        List<Quotation> qa = quotations(a);
        List<Quotation> qb = quotations(b);
        for (Quotation x : qa) {
            for (Quotation y : qb) {
                Difference d = misquote(a, x, b, y);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    private static @Nullable Difference misquote(SlotComparer.Side a, Quotation x, SlotComparer.Side b, Quotation y) {
        List<Token> ta = words(a, x);
        List<Token> tb = words(b, y);
        if (ta.size() < MIN_WORDS || tb.size() < MIN_WORDS || elided(a, x) || elided(b, y)) {
            return null;
        }
        List<WordChange> deltas = WordDiff.diff(ta, tb);
        if (deltas.isEmpty()) {
            return null;
        }
        // the stretches alike between the changes: {position in a, position in b, length}
        List<int[]> alike = new ArrayList<>();
        int sPos = 0;
        int tPos = 0;
        for (WordChange d : deltas) {
            alike.add(new int[] {sPos, tPos, d.aFrom() - sPos});
            sPos = d.aTo();
            tPos = d.bTo();
        }
        alike.add(new int[] {sPos, tPos, ta.size() - sPos});
        int same = alike.stream().mapToInt(r -> r[2]).sum();
        int longest = alike.stream().mapToInt(r -> r[2]).max().orElse(0);
        if (longest < SAME_RUN || same < SHARED * Math.min(ta.size(), tb.size())) {
            return null;
        }
        // a partial quote: only what lies between the first and the last stretch of two or more words
        // alike, one of them a content word, counts, so a quotation cut at either end (where a lone
        // "I" or a "we will" may match) is none
        List<int[]> anchors = alike.stream().filter(r -> r[2] >= ANCHOR
                && ta.subList(r[0], r[0] + r[2]).stream().anyMatch(w -> meaningful(w, a))).toList();
        if (anchors.size() < 2) {
            return null;
        }
        int leftA = anchors.get(0)[0] + anchors.get(0)[2];
        int leftB = anchors.get(0)[1] + anchors.get(0)[2];
        int rightA = anchors.get(anchors.size() - 1)[0];
        int rightB = anchors.get(anchors.size() - 1)[1];
        int fromA = -1;
        int toA = -1;
        int fromB = -1;
        int toB = -1;
        for (WordChange d : deltas) {
            boolean inside = d.aFrom() >= leftA && d.bFrom() >= leftB && d.aTo() <= rightA && d.bTo() <= rightB;
            if (!inside || !wordsChanged(ta.subList(d.aFrom(), d.aTo()), a, tb.subList(d.bFrom(), d.bTo()), b)) {
                continue;
            }
            // an empty side shows the words either side of the gap
            fromA = fromA < 0 ? (d.aTo() == d.aFrom() ? d.aFrom() - 1 : d.aFrom()) : fromA;
            fromB = fromB < 0 ? (d.bTo() == d.bFrom() ? d.bFrom() - 1 : d.bFrom()) : fromB;
            toA = d.aTo() == d.aFrom() ? d.aTo() + 1 : d.aTo();
            toB = d.bTo() == d.bFrom() ? d.bTo() + 1 : d.bTo();
        }
        if (fromA < 0) {
            return null;
        }
        TextRange ra = new TextRange(ta.get(fromA).range().start(), ta.get(toA - 1).range().end());
        TextRange rb = new TextRange(tb.get(fromB).range().start(), tb.get(toB - 1).range().end());
        return new Difference(DifferenceKind.CONFLICT, ConflictKind.QUOTE, ra.of(a.text()), rb.of(b.text()), ra, rb,
                Grade.VALUES_DIFFER);
    }

    /**
     * Whether two stretches that differ say different words: a content word or a negation on either
     * side that is not part of a figure, date or time and not the other side's word spelled, joined,
     * contracted or abbreviated another way.
     */
    private static boolean wordsChanged(List<Token> x, SlotComparer.Side a, List<Token> y, SlotComparer.Side b) {
        if (x.stream().noneMatch(t -> meaningful(t, a)) && y.stream().noneMatch(t -> meaningful(t, b))) {
            return false;
        }
        String joinedX = joined(x);
        String joinedY = joined(y);
        if (joinedX.equals(joinedY) || initials(x, joinedY) || initials(y, joinedX)) {
            return false;
        }
        return !(x.size() == 1 && y.size() == 1 && ValueEquivalence.sameWordSpelledAnotherWay(x.get(0).key(), y.get(0).key()));
    }

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody");

    /** Prepositions the stop list leaves out: a translation or a retelling varies them freely. */
    private static final Set<String> PREPOSITIONS = Set.of("within", "among", "amongst", "across", "toward", "towards",
            "upon", "onto", "into", "throughout", "inside", "beside", "via", "amid", "amidst");

    private static boolean meaningful(Token t, SlotComparer.Side s) {
        if (NEGATIONS.contains(t.key()) || t.key().endsWith("n't")) {
            return true;
        }
        if (!WordAlignment.isContent(t) || t.isNumeric() || StopWords.contains(t.key()) || PREPOSITIONS.contains(t.key())
                || t.key().contains("'") || webSuffix(t, s)) {
            return false;
        }
        int i = s.tokens().indexOf(t);
        return s.values().stream().noneMatch(v -> !v.isName() && v.from() <= i && i < v.to());
    }

    /** The "com" of "Example.com": part of a site's name, which papers write with or without it. */
    private static boolean webSuffix(Token t, SlotComparer.Side s) {
        int start = t.range().start();
        return WEB_SUFFIXES.contains(t.key()) && start > 0 && s.text().charAt(start - 1) == '.';
    }

    private static final Set<String> WEB_SUFFIXES = Set.of("com", "org", "net");

    /**
     * The words run together, hyphens and apostrophes aside, contractions spelled out and number
     * words as figures: "data center" and "datacenter", "e-mail" and "email", "I'm" and "I am",
     * "eleventh-hour" and "11th hour" read alike.
     */
    private static String joined(List<Token> t) {
        StringBuilder sb = new StringBuilder();
        for (Token w : t) {
            for (String part : w.key().split("-")) {
                String k = part.replace("n't", " not").replace("'m", "am").replace("'re", "are").replace("'ve", "have")
                        .replace("'ll", "will").replace("'d", "would").replace("'", "").replace(" ", "");
                String term = TermKeys.term(k);
                sb.append(!term.isEmpty() && Character.isDigit(term.charAt(0)) ? term : k);
            }
        }
        return sb.toString();
    }

    /** Capitalised words whose initials are the other side's one word ("Internet Explorer" / "IE"). */
    private static boolean initials(List<Token> words, String other) {
        if (words.size() < 2 || words.stream().anyMatch(w -> !w.capitalized())) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (Token w : words) {
            sb.append(w.key().charAt(0));
        }
        return sb.toString().equals(other);
    }

    /** A quotation's words, without an editor's words in brackets. */
    private static List<Token> words(SlotComparer.Side s, Quotation q) {
        List<Token> out = new ArrayList<>();
        for (int i = q.from(); i < q.to(); i++) {
            if (!bracketed(s, i)) {
                out.add(s.tokens().get(i));
            }
        }
        return out;
    }

    /** A cut marked in the quotation ("…", "...") means its words are not one stretch. */
    private static boolean elided(SlotComparer.Side s, Quotation q) {
        String text = s.text().substring(s.tokens().get(q.from()).range().start(), s.tokens().get(q.to() - 1).range().end());
        return text.contains("...") || text.contains("\u2026") || text.contains(". . .");
    }

    /** Whether token i stands inside brackets opened after the passage's first word. */
    private static boolean bracketed(SlotComparer.Side s, int i) {
        int depth = 0;
        int start = s.tokens().get(0).range().start();
        for (int k = start; k < s.tokens().get(i).range().start(); k++) {
            char c = s.text().charAt(k);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    /**
     * The runs of tokens inside quotation marks. A straight mark opens a quotation when a space, a
     * bracket or a dash stands before it and a word after it, and closes one otherwise; a passage may
     * open inside a quotation begun in the sentence before (its first mark closes) or end inside one.
     */
    private static List<Quotation> quotations(SlotComparer.Side s) {
        List<Token> t = s.tokens();
        if (t.isEmpty()) {
            return List.of();
        }
        String text = s.text();
        int from = Math.max(0, t.get(0).range().start() - 2);
        int to = Math.min(text.length(), t.get(t.size() - 1).range().end() + 2);
        List<int[]> inside = new ArrayList<>();
        int open = -1;
        boolean seen = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != '\u201c' && c != '\u201d' && c != '"') {
                continue;
            }
            boolean opens = c == '\u201c' || c == '"' && (k == 0 || Character.isWhitespace(text.charAt(k - 1))
                    || "([{\u2014-".indexOf(text.charAt(k - 1)) >= 0) && k + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(k + 1));
            if (opens) {
                open = k;
            } else if (open >= 0) {
                inside.add(new int[] {open, k});
                open = -1;
            } else if (!seen) {
                inside.add(new int[] {from - 1, k});
            }
            seen = true;
        }
        if (open >= 0) {
            inside.add(new int[] {open, to + 1});
        }
        List<Quotation> out = new ArrayList<>();
        for (int[] span : inside) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).range().start() > span[0] && t.get(i).range().end() <= span[1]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            if (first >= 0) {
                out.add(new Quotation(first, last + 1));
            }
        }
        return out;
    }
}
