package app.parallax.ui.model;

import app.parallax.core.ComparisonResult;
import app.parallax.core.align.Claim;
import java.util.Optional;
import java.util.Set;

/**
 * Selecting claims and stepping through the discrepancies: each request to show a claim becomes
 * a new {@link ReaderViewModel.Focus} the view brings level.
 */
final class Navigation {

    private static final String DISCREPANCY = "Discrepancy ";
    private final ReaderState s;
    private long focusSerial;

    Navigation(ReaderState state) {
        this.s = state;
    }

    void focusClaim(Claim claim, String anchorArticleId) {
        if (claim == null) {
            return;
        }
        String passage = anchorArticleId == null ? null
                : s.shown.get().result().passageIn(claim, anchorArticleId).map(p -> p.id()).orElse(null);
        s.selectedClaim.set(claim);
        s.focus.set(new ReaderViewModel.Focus(claim, passage == null ? null : anchorArticleId, passage, ++focusSerial));
        announce(claim);
    }

    void focusPassage(String passageId) {
        ComparisonResult r = s.shown.get().result();
        r.findPassage(passageId).ifPresent(p -> r.findClaim(passageId).ifPresent(c -> {
            s.selectedClaim.set(c);
            s.focus.set(new ReaderViewModel.Focus(c, p.articleId(), passageId, ++focusSerial));
            announce(c);
        }));
    }

    /**
     * The status bar names the selected discrepancy, however it was chosen (F8, a click, the pair
     * view, the overview); once another claim is selected it no longer names the last one.
     */
    private void announce(Claim claim) {
        int at = s.discrepancies.indexOf(claim);
        if (at >= 0) {
            String grade = s.shown.get().report().gradeOf(claim).map(g -> " (" + g.label() + ")").orElse("");
            s.status.set(DISCREPANCY + (at + 1) + " of " + s.discrepancies.size() + ": "
                    + s.shown.get().report().valuesLine(claim) + grade);
        } else if (s.status.get() != null && s.status.get().startsWith(DISCREPANCY)) {
            s.status.set("Ready");
        }
    }

    void nextDiscrepancy() {
        step(navigator().next(s.selectedClaim.get()));
    }

    void previousDiscrepancy() {
        step(navigator().previous(s.selectedClaim.get()));
    }

    private void step(Optional<Claim> to) {
        if (to.isEmpty()) {
            s.status.set(s.conflictsOnly.get()
                    ? "No conflicts to go to: the shown outlets do not contradict each other (values may still differ)."
                    : "No discrepancies to go to: the shown outlets do not contradict each other.");
            return;
        }
        focusClaim(to.get(), null);
    }

    private DiscrepancyNavigator navigator() {
        return new DiscrepancyNavigator(s.discrepancies);
    }

    /**
     * Lists the flagged claims two shown outlets report (conflicts only when asked), after a new
     * result, an outlet filter change or the conflicts-only switch.
     */
    void refreshDiscrepancies() {
        s.discrepancies.setAll(DiscrepancyNavigator.of(s.shown.get().result(), Set.copyOf(s.hiddenArticles), s.conflictsOnly.get())
                .claims());
    }
}
