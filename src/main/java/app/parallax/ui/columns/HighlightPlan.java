package app.parallax.ui.columns;

import app.parallax.ui.find.FindModel;

import app.parallax.core.article.Passage;
import app.parallax.core.classify.Verdict;
import app.parallax.core.note.Note;
import app.parallax.report.StoryReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which CSS classes each stretch of one article's text gets, from the verdicts the report shows, the
 * reader's filter, hover and selection, and notes. Pure: the view turns the spans into RichTextFX
 * style spans. Spans cover the text from 0 to its length without gaps, in order.
 */
public final class HighlightPlan {

    /** A stretch {@code [start, end)} and its style classes (possibly none). */
    public record Span(int start, int end, Set<String> classes) {
    }

    /**
     * What besides the verdicts is to be shown: filter, hover outline, selected claim, notes, and
     * the find bar's matches with the current one among them.
     */
    public record Marks(Set<Verdict> shown, Set<String> outlined, Set<String> selected, List<Note> notes,
                 List<FindModel.Match> found, Optional<FindModel.Match> currentFound) {
        public Marks {
            found = List.copyOf(found);
        }

        public Marks(Set<Verdict> shown, Set<String> outlined, Set<String> selected, List<Note> notes) {
            this(shown, outlined, selected, notes, List.of(), Optional.empty());
        }

        public static Marks plain() {
            return new Marks(Set.of(Verdict.values()), Set.of(), Set.of(), List.of());
        }
    }

    /**
     * The stretch where a new plan differs from an older one of the same text: the new plan's
     * spans from {@code from} on, covering the text that changed and nothing before or after it.
     */
    public record Change(int from, List<Span> spans) {

        /** All of {@code now} when {@code before} is empty or covers another length. */
        public static Change between(List<Span> before, List<Span> now) {
            if (before.isEmpty() || now.isEmpty() || before.get(before.size() - 1).end() != now.get(now.size() - 1).end()) {
                return new Change(now.isEmpty() ? 0 : now.get(0).start(), now);
            }
            int head = 0;
            while (head < before.size() && head < now.size() && before.get(head).equals(now.get(head))) {
                head++;
            }
            int tail = 0;
            while (tail < before.size() - head && tail < now.size() - head
                    && before.get(before.size() - 1 - tail).equals(now.get(now.size() - 1 - tail))) {
                tail++;
            }
            List<Span> changed = now.subList(head, now.size() - tail);
            return new Change(changed.isEmpty() ? 0 : changed.get(0).start(), List.copyOf(changed));
        }
    }

    private record Mark(int start, int end, String cssClass) {
    }

    private HighlightPlan() {
    }

    public static List<Span> of(StoryReport report, String articleId, int textLength, Marks marks) {
        List<Mark> all = new ArrayList<>();
        for (Passage p : report.result().passagesOf(articleId)) {
            passageMarks(report, p, marks, all);
        }
        for (Note n : marks.notes()) {
            if (n.articleId().equals(articleId)) {
                all.add(new Mark(n.range().start(), n.range().end(), VerdictStyle.NOTE));
            }
        }
        findMarks(articleId, marks, all);
        return sweep(all, textLength);
    }

    private static void findMarks(String articleId, Marks marks, List<Mark> out) {
        for (FindModel.Match m : marks.found()) {
            if (m.articleId().equals(articleId)) {
                boolean current = marks.currentFound().filter(m::equals).isPresent();
                out.add(new Mark(m.start(), m.end(), current ? VerdictStyle.FIND_CURRENT : VerdictStyle.FIND_MATCH));
            }
        }
    }

    private static void passageMarks(StoryReport report, Passage p, Marks marks, List<Mark> out) {
        if (p.boilerplate()) {
            out.add(new Mark(p.start(), p.end(), VerdictStyle.BOILERPLATE));
        }
        if (marks.outlined().contains(p.id())) {
            out.add(new Mark(p.start(), p.end(), VerdictStyle.OUTLINED));
        }
        if (marks.selected().contains(p.id())) {
            out.add(new Mark(p.start(), p.end(), VerdictStyle.SELECTED));
        }
        Verdict verdict = report.verdictOf(p).orElse(null);
        if (verdict == null || report.result().findClaim(p.id()).isEmpty() || !marks.shown().contains(verdict)) {
            return;
        }
        out.add(new Mark(p.start(), p.end(), VerdictStyle.cssClass(verdict)));
        if (verdict == Verdict.DISPUTED || verdict == Verdict.VALUES_DIFFER) {
            report.flaggedRanges(p).forEach(f -> out.add(new Mark(f.range().start(), f.range().end(),
                    VerdictStyle.wordsClass(f.grade()))));
        }
    }

    private static List<Span> sweep(List<Mark> marks, int length) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        for (Mark m : marks) {
            cuts.add(clamp(m.start(), length));
            cuts.add(clamp(m.end(), length));
        }
        List<Span> spans = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            spans.add(new Span(from, to, classesOver(marks, from, to)));
            from = to;
        }
        return spans;
    }

    private static Set<String> classesOver(List<Mark> marks, int from, int to) {
        Set<String> classes = new TreeSet<>();
        for (Mark m : marks) {
            if (m.start() <= from && m.end() >= to) {
                classes.add(m.cssClass());
            }
        }
        return Set.copyOf(classes);
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
