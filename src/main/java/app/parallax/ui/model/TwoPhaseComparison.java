package app.parallax.ui.model;


import app.parallax.ui.tasks.Background;
import app.parallax.core.article.Article;
import java.util.List;
import java.util.Objects;

/**
 * The reader's comparisons in two phases: the fast lexical engine first, shown at once, then the
 * full engine in the background, whose result replaces the first when ready. A newer request
 * cancels both phases of the older one (the cancellation reaches the engine through its progress
 * listener). When both engines are the same object the second phase is skipped.
 */
final class TwoPhaseComparison {

    /** What the view model hears, always on the FX thread. */
    interface Listener {
        void progress(double fraction);

        void status(String message);

        /** A result to show; {@code complete} is false when a refined one is still to come. */
        void shown(Shown shown, boolean complete);

        void failed(Throwable failure);
    }

    private final LatestWins runs;
    private final ComparisonEngine fast;
    private final ComparisonEngine full;
    private boolean refining;

    TwoPhaseComparison(Background compute, ComparisonEngine fast, ComparisonEngine full) {
        this.runs = new LatestWins(Objects.requireNonNull(compute, "compute"));
        this.fast = Objects.requireNonNull(fast, "fast");
        this.full = Objects.requireNonNull(full, "full");
    }

    /** Starts comparing a copy of {@code articles}; call on the FX thread. */
    void start(List<Article> articles, Listener to) {
        List<Article> input = List.copyOf(articles);
        refining = false;
        runs.compare(fast, input, "Comparing", callbacks(to, r -> {
            boolean more = full != fast && !input.isEmpty();
            to.shown(r, !more);
            if (more) {
                refine(input, to);
            }
        }));
    }

    /** True while the full engine works on a result already shown. */
    boolean refining() {
        return refining;
    }

    /** Stops whatever runs and drops its outcome. */
    void cancel() {
        refining = false;
        runs.forget();
    }

    private void refine(List<Article> input, Listener to) {
        refining = true;
        to.status("Refining comparison…");
        to.progress(-1);
        runs.compare(full, input, "Refining comparison", callbacks(to, r -> {
            refining = false;
            to.shown(r, true);
            LaunchClock.printOnce("full comparison shown (" + r.result().engine() + ")");
        }));
    }

    private LatestWins.Callbacks callbacks(Listener to, java.util.function.Consumer<Shown> done) {
        return new LatestWins.Callbacks(to::progress, to::status, done, failure -> {
            refining = false;
            to.failed(failure);
        });
    }
}
