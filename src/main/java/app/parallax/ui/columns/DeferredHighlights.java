package app.parallax.ui.columns;

import app.parallax.report.StoryReport;
import app.parallax.ui.tasks.Background;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Highlights for the columns of a long story: their plans are worked out on a
 * background thread from a snapshot of the report and the marks, and only the finished spans are
 * applied on the UI thread, {@value #COLUMNS_PER_TURN} columns a turn. A newer refresh (a hover,
 * a new result) cancels the older one's work and drops what it had not applied yet.
 */
final class DeferredHighlights {

    private static final int COLUMNS_PER_TURN = 2;

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
        task.setOnSucceeded(e -> apply(task.getValue(), 0, mine, open));
        running = task;
        planner.submit(task);
    }

    private void apply(List<Planned> planned, int from, long mine, Predicate<ArticleColumnView> open) {
        if (mine != generation) {
            return;
        }
        int to = Math.min(planned.size(), from + COLUMNS_PER_TURN);
        planned.subList(from, to).stream().filter(p -> open.test(p.column())).forEach(p -> p.column().applySpans(p.spans()));
        if (to < planned.size()) {
            Platform.runLater(() -> apply(planned, to, mine, open));
        } else {
            running = null;
        }
    }
}
