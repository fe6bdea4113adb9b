package app.parallax.ui.model;

import app.parallax.ui.tasks.Background;
import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;

/**
 * Runs comparisons on a {@link Background}, newest request wins: starting one cancels the one
 * before, and progress, results and failures of superseded runs are dropped. Cancelling reaches
 * the engine: the progress listener handed to it throws {@link CancellationException} once the
 * task is cancelled, so the engine stops at its next stage instead of running to the end.
 * Callbacks come on the FX thread, with the result and its report, whose verdicts are worked out
 * on the comparing thread.
 */
final class LatestWins {

    /** Where a run's progress and outcome go. */
    record Callbacks(DoubleConsumer progress, Consumer<String> message, Consumer<Shown> done,
                     Consumer<Throwable> failed) {
    }

    private final Background compute;
    private long generation;
    private Task<Shown> running;

    LatestWins(Background compute) {
        this.compute = compute;
    }

    /** Starts comparing a copy of {@code articles} with {@code engine}; call on the FX thread. */
    void compare(ComparisonEngine engine, List<Article> articles, String label, Callbacks to) {
        List<Article> input = List.copyOf(articles);
        long mine = ++generation;
        cancel();
        Task<Shown> task = new Task<>() {
            @Override
            protected Shown call() {
                ComparisonResult result = engine.compare(input, (done, total, stage) -> {
                    if (isCancelled()) {
                        throw new CancellationException("superseded by a newer comparison");
                    }
                    updateProgress(done, total);
                    updateMessage(label + ": " + stage);
                });
                // the report's verdicts here, not on the UI thread when the result is shown
                return Shown.warmed(result);
            }
        };
        running = task;
        task.progressProperty().addListener((o, was, now) -> {
            if (mine == generation) {
                to.progress().accept(now.doubleValue());
            }
        });
        task.messageProperty().addListener((o, was, now) -> {
            if (mine == generation && !now.isEmpty()) {
                to.message().accept(now);
            }
        });
        task.setOnSucceeded(e -> {
            if (mine == generation) {
                running = null;
                to.done().accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation && !(task.getException() instanceof CancellationException)) {
                running = null;
                to.failed().accept(task.getException());
            }
        });
        compute.submit(task);
    }

    /** Cancels the running comparison, if any; its outcome is dropped. */
    void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    /** Drops the outcome of every run started so far, e.g. when the story is closed. */
    void forget() {
        generation++;
        cancel();
    }
}
