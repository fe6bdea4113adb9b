package app.parallax.core.values;

import app.parallax.core.article.TextRange;
import app.parallax.core.classify.ConflictKind;
import app.parallax.core.classify.Difference;
import app.parallax.core.classify.DifferenceKind;
import app.parallax.core.classify.Grade;
import app.parallax.core.diff.WordChange;
import app.parallax.core.diff.WordDiff;
import app.parallax.core.text.StopWords;
import app.parallax.core.text.Token;
import app.parallax.core.text.WordAlignment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One quotation printed with and without a negation: "“The new plan is working for the valley,” she
 * said" against "“The new plan is not working for the valley.”" Words inside quotation marks are
 * the speaker's own, so when two outlets print the same quotation (a run of at least
 * {@value #SAME_RUN} words alike) and one of them has a "not", "no", "never" or "-n't" the other
 * lacks, one of them changed what was said: worth a look ({@link Grade#VALUES_DIFFER}, kind
 * {@link ConflictKind#QUOTE}).
 * <p>
 * Only the polarity counts. A quotation reworded otherwise ("are with" / "go out to", "sure" /
 * "certain", a translation printed two ways) is what paraphrasing outlets do all the time, and on
 * the MSR Paraphrase corpus flagging it turned 56 paraphrases into disputes; a negation that only
 * moves ("I didn't feel we were" / "I feel we weren't") keeps the count. Not a misquote either: a
 * quotation cut shorter at either end (only the words between two stretches of two or more words
 * alike, one a content word, count), a cut marked with an ellipsis, or an editor's words in
 * brackets.
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

    private Misquotes() {
    }

    /** A flag for each quotation the two passages print, one with a negation the other lacks. */
    static List<Difference> compare(SlotComparer.Side a, SlotComparer.Side b) {
        List<Difference> out = new ArrayList<>();
        List<List<Token>> qa = quotations(a);
        if (qa.isEmpty()) {
            return out;
        }
        List<List<Token>> qb = quotations(b);
        for (List<Token> x : qa) {
            for (List<Token> y : qb) {
                Difference d = misquote(a, x, b, y);
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** Flags ta against tb, the words of two quotations (see {@link #quotations}). */
    private static @Nullable Difference misquote(SlotComparer.Side a, List<Token> ta, SlotComparer.Side b,
                                                 List<Token> tb) {
        // the polarity first: it is rare for it to differ, and it spares the diff everywhere else
        if (negations(ta) == negations(tb)) {
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
                && ta.subList(r[0], r[0] + r[2]).stream().anyMatch(Misquotes::contentWord)).toList();
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
            if (!inside || negations(ta.subList(d.aFrom(), d.aTo())) == negations(tb.subList(d.bFrom(), d.bTo()))) {
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

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nobody");

    /** A word that says what the quotation is about: not a function word, not a figure. */
    private static boolean contentWord(Token t) {
        return WordAlignment.isContent(t) && !t.isNumeric() && !StopWords.contains(t.key());
    }

    /** Negation words in a stretch ("not", "no", "never", "didn't" …). */
    private static int negations(List<Token> words) {
        int n = 0;
        for (Token t : words) {
            if (NEGATIONS.contains(t.key()) || t.key().endsWith("n't")) {
                n++;
            }
        }
        return n;
    }

    /**
     * The words of each quotation worth comparing, without an editor's words in brackets: at least
     * five of them, and no cut marked inside ("…", "..."), which would make them two
     * stretches. A straight mark opens a quotation when a space, a bracket or a dash stands before it
     * and a word after it, and closes one otherwise; a passage may open inside a quotation begun in
     * the sentence before (its first mark closes) or end inside one.
     */
    private static List<List<Token>> quotations(SlotComparer.Side s) {
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
        if (inside.isEmpty()) {
            return List.of();
        }
        boolean[] bracketed = bracketed(s);
        List<List<Token>> out = new ArrayList<>();
        for (int[] span : inside) {
            List<Token> words = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.get(i).range().start() > span[0] && t.get(i).range().end() <= span[1] && !bracketed[i]) {
                    words.add(t.get(i));
                }
            }
            if (words.size() >= MIN_WORDS && !elided(text, words)) {
                out.add(words);
            }
        }
        return out;
    }

    /** A cut marked between a quotation's first and last word. */
    private static boolean elided(String text, List<Token> words) {
        String quoted = text.substring(words.get(0).range().start(), words.get(words.size() - 1).range().end());
        return quoted.contains("...") || quoted.contains("\u2026") || quoted.contains(". . .");
    }

    /** Per token, whether it stands inside brackets opened after the passage's first word. */
    private static boolean[] bracketed(SlotComparer.Side s) {
        List<Token> t = s.tokens();
        boolean[] out = new boolean[t.size()];
        int depth = 0;
        int k = t.get(0).range().start();
        for (int i = 0; i < t.size(); i++) {
            for (; k < t.get(i).range().start(); k++) {
                char c = s.text().charAt(k);
                if (c == '(' || c == '[') {
                    depth++;
                } else if ((c == ')' || c == ']') && depth > 0) {
                    depth--;
                }
            }
            out[i] = depth > 0;
        }
        return out;
    }
}
