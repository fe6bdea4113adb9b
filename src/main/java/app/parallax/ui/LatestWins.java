package app.parallax.ui;

import app.parallax.core.ComparisonResult;
import app.parallax.core.article.Article;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;

/**
 * Runs comparisons on a {@link Background}, newest request wins: starting one cancels the one
 * before, and progress, results and failures of superseded runs are dropped. Callbacks come on the
 * FX thread.
 */
final class LatestWins {

    /** Where a run's progress and outcome go. */
    record Callbacks(DoubleConsumer progress, Consumer<String> message, Consumer<ComparisonResult> done,
                     Consumer<Throwable> failed) {
    }

    private final Background compute;
    private final ComparisonEngine engine;
    private long generation;
    private Task<ComparisonResult> running;

    LatestWins(Background compute, ComparisonEngine engine) {
        this.compute = compute;
        this.engine = engine;
    }

    /** Starts comparing a copy of {@code articles}; call on the FX thread. */
    void compare(List<Article> articles, Callbacks to) {
        List<Article> input = List.copyOf(articles);
        long mine = ++generation;
        if (running != null) {
            running.cancel();
        }
        Task<ComparisonResult> task = new Task<>() {
            @Override
            protected ComparisonResult call() {
                return engine.compare(input, (done, total, stage) -> {
                    updateProgress(done, total);
                    updateMessage("Comparing: " + stage);
                });
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
                to.done().accept(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                to.failed().accept(task.getException());
            }
        });
        compute.submit(task);
    }
}
