package app.parallax.ui.columns;

import app.parallax.report.StoryReport;
import app.parallax.ui.tasks.PulseTurns;
import app.parallax.ui.tasks.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.concurrent.Task;

/**
 * Highlights for the columns of a long story: their plans are worked out on a
 * background thread from a snapshot of the report and the marks, and only the finished spans are
 * applied on the UI thread: columns whose change is small (a hover) at once, each column
 * restyled at length (a new result) in a turn and a layout pulse of its own. A newer refresh (a hover,
 * a new result) cancels the older one's work and drops what it had not applied yet.
 */
final class DeferredHighlights {

    /** Characters restyled beyond which a column's change is long (a hover restyles a passage or two). */
    private static final int LONG_RESTYLE = 1_000;

    private final Background planner;
    private Task<List<Planned>> running;
    private long generation;

    DeferredHighlights(Background planner) {
        this.planner = planner;
    }

    /** A column, what its text is to look like, and what it was planned for. */
    private record Planned(ArticleColumnView column, List<HighlightPlan.Span> spans) {
    }

    /** The inputs of one column's plan, copied on the UI thread. */
    private record Target(ArticleColumnView column, String articleId, int length) {
    }

    /** Drops work not applied yet. */
    void cancel() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /**
     * Plans {@code columns} off the UI thread and applies the spans to those still open.
     *
     * @param open whether a column is still in the window when its spans come back
     */
    void highlight(List<ArticleColumnView> columns, StoryReport report, HighlightPlan.Marks marks,
                   Predicate<ArticleColumnView> open) {
        cancel();
        long mine = generation;
        List<Target> targets = columns.stream().map(c -> new Target(c, c.id(), c.area().getLength())).toList();
        Task<List<Planned>> task = new Task<>() {
            @Override
            protected List<Planned> call() {
                List<Planned> out = new ArrayList<>();
                for (Target t : targets) {
                    if (isCancelled()) {
                        break;
                    }
                    out.add(new Planned(t.column(), HighlightPlan.of(report, t.articleId(), t.length(), marks)));
                }
                return out;
            }
        };
        task.setOnSucceeded(e -> apply(task.getValue(), 0, mine, open, false));
        running = task;
        planner.submit(task);
    }

    private static javafx.scene.Scene sceneOf(List<Planned> planned) {
        for (Planned p : planned) {
            if (p.column().node().getScene() != null) {
                return p.column().node().getScene();
            }
        }
        return null;
    }

    /**
     * Applies the plans from {@code from} on: those with a small change (a hover) at once, a long
     * restyle (a new result) only as the one piece of a pulse ({@code ownPulse}); the rest wait for
     * the next pulse through {@link PulseTurns}, so that no pulse lays out two columns' new
     * paragraph cells, or one beside another part's new nodes.
     */
    private void apply(List<Planned> planned, int from, long mine, Predicate<ArticleColumnView> open, boolean ownPulse) {
        if (mine != generation) {
            return;
        }
        int next = from;
        boolean longDone = false;
        while (next < planned.size()) {
            Planned p = planned.get(next);
            if (open.test(p.column())) {
                boolean isLong = p.column().restyleLength(p.spans()) > LONG_RESTYLE;
                if (isLong && (longDone || !ownPulse)) {
                    break;
                }
                longDone |= isLong;
                p.column().applySpans(p.spans());
            }
            next++;
        }
        if (next < planned.size()) {
            int to = next;
            PulseTurns.run(sceneOf(planned), () -> apply(planned, to, mine, open, true));
        } else {
            running = null;
        }
    }
}
