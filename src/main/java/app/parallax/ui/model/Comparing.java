package app.parallax.ui.model;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import app.parallax.core.article.Article;
import app.parallax.core.classify.Verdict;
import app.parallax.report.Words;
import java.util.List;
import java.util.Optional;

/**
 * Runs the two-phase comparison of the open articles and shows each result as it comes: the
 * selected claim survives a new result when one of its passages still exists.
 */
final class Comparing {

    private final ReaderState s;
    private final TwoPhaseComparison comparisons;

    Comparing(ReaderState state, TwoPhaseComparison comparisons) {
        this.s = state;
        this.comparisons = comparisons;
    }

    /** Compares the open articles again; the newest request wins, older results are dropped. */
    void recompute() {
        recompute(List.copyOf(s.articles));
    }

    void recompute(List<Article> input) {
        s.busy.set(true);
        s.comparing.set(true);
        s.progress.set(-1);
        s.status.set("Comparing " + Words.count(input.size(), "article", "articles") + "…");
        comparisons.start(input, new TwoPhaseComparison.Listener() {
            @Override
            public void progress(double fraction) {
                s.progress.set(fraction);
            }

            @Override
            public void status(String message) {
                s.status.set(message);
            }

            @Override
            public void shown(Shown shown, boolean complete) {
                finish(shown, complete);
            }

            @Override
            public void failed(Throwable failure) {
                s.busy.set(false);
                s.comparing.set(false);
                s.refining.set(false);
                s.progress.set(0);
                s.status.set("Comparison failed");
                s.problems.add("Comparison failed: " + failure);
            }
        });
    }

    /**
     * Stops the running comparison (inside the engine, at its next check) and keeps what is shown:
     * the words-only result when the full one was still refining, else the last result.
     */
    void cancel() {
        if (!s.comparing.get()) {
            return;
        }
        boolean hadWords = s.refining.get();
        comparisons.cancel();
        s.comparing.set(false);
        s.busy.set(false);
        s.refining.set(false);
        s.progress.set(0);
        s.status.set(hadWords ? "Comparison cancelled: showing the comparison by words only (F5 compares again)"
                : "Comparison cancelled: the highlights are from the last comparison (F5 compares again)");
    }

    private void finish(Shown shown, boolean complete) {
        ComparisonResult r = shown.result();
        Claim keep = sameClaimIn(r, s.selectedClaim.get());
        s.selectedClaim.set(keep);
        s.shown.set(shown);
        s.busy.set(!complete);
        s.comparing.set(!complete);
        s.refining.set(!complete);
        s.progress.set(complete ? 1 : -1);
        s.status.set((complete ? "" : "Refining comparison… ") + String.format(
                "%s · %d claims: %d agreed, %d disputed, %d values differ, %d single-source",
                Words.count(r.articles().size(), "article", "articles"), r.claims().size(), r.claims(Verdict.AGREED).size(),
                r.claims(Verdict.DISPUTED).size(), r.claims(Verdict.VALUES_DIFFER).size(), r.claims(Verdict.SINGLE).size()));
    }

    /** The claim of a new result holding the first still-present passage of {@code old}; null when none. */
    private static Claim sameClaimIn(ComparisonResult r, Claim old) {
        if (old == null) {
            return null;
        }
        return old.passageIds().stream().map(r::findClaim).flatMap(Optional::stream).findFirst().orElse(null);
    }
}
